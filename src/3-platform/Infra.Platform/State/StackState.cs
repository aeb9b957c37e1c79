namespace Infra.Platform.State;

/// <summary>
/// Where a stack's Pulumi state and the key of its secrets live: the backend the stack is deployed
/// from (config <c>stateBackend</c>, the URL of <c>pulumi login</c>) and the stack file's
/// <c>secretsprovider:</c>. Null is "not declared": Pulumi then falls back to the backend the person
/// or job happens to be logged in to, and that backend's default secrets provider.
/// </summary>
public sealed record StackState(string? Backend, string? SecretsProvider)
{
    public static StackState Undeclared { get; } = new(null, null);

    public StateLocation BackendLocation => StateLocation.OfBackend(Backend);

    public StateLocation SecretsLocation => StateLocation.OfSecretsProvider(SecretsProvider);
}
