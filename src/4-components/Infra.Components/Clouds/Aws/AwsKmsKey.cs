using Infra.Components.Security;
using AwsKms = Infra.Providers.Aws.Kms;

namespace Infra.Components.Clouds.Aws;

/// <summary>An <see cref="EncryptionKey"/> on AWS and AWS China: a KMS key with yearly rotation, and its alias.</summary>
internal sealed class AwsKmsKey : IKeyRealization
{
    public BuiltKey Build(EncryptionKey key, StackEnvironment environment, KeyPlan plan)
    {
        var kmsKey = new AwsKms.Key(key, "key", new AwsKms.KeyArgs
        {
            Description = plan.Description,
            EnableKeyRotation = true,
            DeletionWindowInDays = plan.DeletionWindowDays,
            Tags = plan.Tags,
        }, environment.Stateful());
        _ = new AwsKms.Alias(key, "alias", new AwsKms.AliasArgs { Name = plan.AliasName, TargetKeyId = kmsKey.KeyId });
        return new BuiltKey(kmsKey.KeyId, kmsKey.Arn);
    }
}
