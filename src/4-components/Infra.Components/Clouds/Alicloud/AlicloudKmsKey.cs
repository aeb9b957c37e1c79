using AliKms = Infra.Providers.Alicloud.Kms;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// An <see cref="EncryptionKey"/> on Alibaba Cloud: a KMS key, in the stack's KMS instance when it
/// names one in the stack's region, deletion-protected in prod; and its alias.
/// </summary>
internal sealed class AlicloudKmsKey : IKeyRealization
{
    public BuiltKey Build(EncryptionKey key, StackEnvironment environment, KeyPlan plan)
    {
        var kmsKey = new AliKms.Key(key, "key", new AliKms.KeyArgs
        {
            Description = plan.Description,
            DkmsInstanceId = environment.KmsInstance is { } instance && instance.Region == environment.Region.Code ? (Input<string>?)instance.Id : null,
            // A year, in the seconds KMS reads back; the only period both default keys and
            // software instance keys accept (AlicloudFacts.KmsRotationInterval, DefaultKeysRotate).
            AutomaticRotation = "Enabled",
            RotationInterval = AlicloudFacts.KmsRotationInterval.Value,
            PendingWindowInDays = plan.DeletionWindowDays,
            DeletionProtection = environment.IsProd ? "Enabled" : "Disabled",
            Tags = plan.Tags,
        }, environment.Stateful());
        _ = new AliKms.Alias(key, "alias", new AliKms.AliasArgs { AliasName = plan.AliasName, KeyId = kmsKey.Id });
        return new BuiltKey(kmsKey.Id, kmsKey.Arn);
    }
}
