namespace Infra.Providers;

/// <summary>An input whose change makes the provider replace the resource (Terraform's ForceNew,
/// Pulumi's replaceOnChanges), and where that is documented.</summary>
public sealed record ForceNewInput(string Input, string Source);
