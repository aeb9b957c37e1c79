using AwsKms = Infra.Providers.Aws.Kms;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// An <see cref="EncryptionKey"/> on AWS and AWS China: a KMS key with yearly rotation, and its alias. Its
/// policy is KMS's default (the account administers and uses it through IAM), and for a log key also
/// lets CloudWatch Logs of the stack's region use it (<see cref="LogServiceKeyPolicy"/>).
/// </summary>
internal sealed class AwsKmsKey : IKeyRealization
{
    public BuiltKey Build(EncryptionKey key, StackEnvironment environment, KeyPlan plan)
    {
        var kmsKey = new AwsKms.Key(key, "key", new AwsKms.KeyArgs
        {
            Description = plan.Description,
            EnableKeyRotation = true,
            DeletionWindowInDays = plan.DeletionWindowDays,
            Policy = plan.ForLogService ? LogServiceKeyPolicy.For(key, environment).ToJson() : null,
            Tags = plan.Tags,
        }, environment.Stateful());
        _ = new AwsKms.Alias(key, "alias", new AwsKms.AliasArgs { Name = plan.AliasName, TargetKeyId = kmsKey.KeyId });
        return new BuiltKey(kmsKey.KeyId, kmsKey.Arn);
    }
}
