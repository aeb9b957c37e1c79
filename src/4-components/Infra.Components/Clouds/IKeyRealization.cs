namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes the decisions of <see cref="EncryptionKey"/>: its KMS key and alias.</summary>
public interface IKeyRealization
{
    BuiltKey Build(EncryptionKey key, StackEnvironment environment, KeyPlan plan);
}

/// <summary>
/// What <see cref="EncryptionKey"/> decided: its description, alias and deletion waiting period, and
/// whether the cloud's log service encrypts with it.
/// </summary>
public sealed record KeyPlan(string Description, string AliasName, int DeletionWindowDays, InputMap<string> Tags, bool ForLogService = false);

/// <summary>The key as the cloud knows it: the ID encryption settings take, and the ARN policies grant on.</summary>
public sealed record BuiltKey(Output<string> KeyId, Output<string> KeyArn);
