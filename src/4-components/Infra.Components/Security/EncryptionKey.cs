namespace Infra.Components.Security;

/// <summary>What a key protects, in words (it becomes the key's description and alias).</summary>
public sealed record EncryptionKeyArgs
{
    /// <summary>A short lowercase name, e.g. <c>datasets</c> or <c>cluster-secrets</c>.</summary>
    public required string Purpose { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// The cloud's log service encrypts the stack's log stores with this key in the stack's region
    /// (AWS: the key policy lets CloudWatch Logs use it for this account's log groups).
    /// </summary>
    public bool ForLogService { get; init; }
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
        AliasName = AliasFor(environment, args.Purpose);
        var window = environment.IsProd ? ProdDeletionWindowDays : NonProdDeletionWindowDays;
        var tags = InputMap.From(environment.Tags.For(Path));
        var built = environment.Realization().Key.Build(this, environment, new KeyPlan(description, AliasName, window, tags, args.ForLogService));
        KeyId = built.KeyId;
        KeyArn = built.KeyArn;
    }

    /// <summary>The key's ID (what S3/OSS encryption settings and EKS take).</summary>
    public Output<string> KeyId { get; }

    public Output<string> KeyArn { get; }

    /// <summary>The alias of a stack's key for a purpose: <c>alias/&lt;org&gt;-&lt;stack&gt;-&lt;purpose&gt;</c>.</summary>
    public static string AliasFor(StackEnvironment environment, string purpose)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return $"alias/{environment.OrgPrefix}-{environment.StackName}-{purpose}";
    }

    /// <summary>The key's alias (<c>alias/…</c>), known before deployment: what an <c>awskms://</c> secrets provider URL names.</summary>
    public string AliasName { get; }
}
