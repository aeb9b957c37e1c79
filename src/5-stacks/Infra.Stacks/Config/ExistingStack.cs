namespace Infra.Stacks.Config;

/// <summary>
/// Another stack of the same project, as its committed <c>Pulumi.&lt;stack&gt;.yaml</c> says: what
/// a synthesis checks its own address range against, and what bootstrap starts from.
/// </summary>
public sealed record ExistingStack(string Name, StackConfig Config);
