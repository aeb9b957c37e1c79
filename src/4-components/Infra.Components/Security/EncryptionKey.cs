using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Values;
using AliKms = Infra.Providers.Alicloud.Kms;
using AwsKms = Infra.Providers.Aws.Kms;

namespace Infra.Components.Security;

/// <summary>What a key protects, in words (it becomes the key's description and alias).</summary>
public sealed record EncryptionKeyArgs
{
    /// <summary>A short lowercase name, e.g. <c>datasets</c> or <c>cluster-secrets</c>.</summary>
    public required string Purpose { get; init; }

    public string? Description { get; init; }
}

/// <summary>
/// A customer-managed encryption key with rotation on and a deletion waiting period, plus an
/// alias that names its purpose. AWS and AWS China: KMS key + alias. Alibaba Cloud: KMS key +
/// alias, in the stack's KMS instance when it names one (<c>kmsInstanceId</c>: KMS 3.0 accounts
/// need one for more than one key per region; it must be a software key management instance, as
/// hardware ones neither rotate nor match the provider's default protection level). In prod the key is protected, retained on delete and (on Alibaba Cloud) deletion-protected.
/// </summary>
public sealed class EncryptionKey : Component
{
    /// <summary>Days a deleted key waits before it is destroyed: long enough to notice a mistake.</summary>
    public const int ProdDeletionWindowDays = 30;

    /// <summary>The shortest window both clouds allow, for throwaway environments.</summary>
    public const int NonProdDeletionWindowDays = 7;

    public EncryptionKey(Scope parent, string name, StackEnvironment environment, EncryptionKeyArgs args)
        : base(parent, name)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        var description = args.Description ?? $"ml-platform {environment.StackName}: {args.Purpose}";
        var aliasName = $"alias/{environment.OrgPrefix}-{environment.StackName}-{args.Purpose}";
        var window = environment.IsProd ? ProdDeletionWindowDays : NonProdDeletionWindowDays;
        var tags = InputMap.From(environment.Tags.For(Path));

        if (environment.Cloud == Cloud.Alicloud)
        {
            var key = new AliKms.Key(this, "key", new AliKms.KeyArgs
            {
                Description = description,
                DkmsInstanceId = environment.KmsInstance is { } instance && instance.Region == environment.Region.Code ? (Input<string>?)instance.Id : null,
                // A year, in the seconds KMS reads back; the only period both default keys and
                // software instance keys accept (AlicloudFacts.KmsRotationInterval, DefaultKeysRotate).
                AutomaticRotation = "Enabled",
                RotationInterval = AlicloudFacts.KmsRotationInterval.Value,
                PendingWindowInDays = window,
                DeletionProtection = environment.IsProd ? "Enabled" : "Disabled",
                Tags = tags,
            }, environment.Stateful());
            _ = new AliKms.Alias(this, "alias", new AliKms.AliasArgs { AliasName = aliasName, KeyId = key.Id });
            KeyId = key.Id;
            KeyArn = key.Arn;
        }
        else
        {
            var key = new AwsKms.Key(this, "key", new AwsKms.KeyArgs
            {
                Description = description,
                EnableKeyRotation = true,
                DeletionWindowInDays = window,
                Tags = tags,
            }, environment.Stateful());
            _ = new AwsKms.Alias(this, "alias", new AwsKms.AliasArgs { Name = aliasName, TargetKeyId = key.KeyId });
            KeyId = key.KeyId;
            KeyArn = key.Arn;
        }
    }

    /// <summary>The key's ID (what S3/OSS encryption settings and EKS take).</summary>
    public Output<string> KeyId { get; }

    public Output<string> KeyArn { get; }
}
