using Infra.Providers.Aws;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// The AWS account the stack deploys into, asked of the provider once per stack (the account is not
/// in the stack's config): the <c>aws:SourceAccount</c> of the service trust and bucket policies
/// that keep a service from acting for another account (confused deputy).
/// </summary>
public static class AwsAccount
{
    public const string VariableName = "aws-account-id";

    /// <summary>The account id, through the stack's own aws provider (every regional provider of a stack is the same account).</summary>
    public static Output<string> Id(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var stack = scope.Stack;
        var existing = stack.Variables.FirstOrDefault(variable => variable.Name == VariableName);
        if (existing is not null)
        {
            return existing.As<string>();
        }

        var provider = stack.FindProvider("aws") ?? throw new InvalidOperationException("the account id needs the stack's aws provider");
        return stack.AddVariable(VariableName, Fn.Invoke<string>(AwsFunctions.GetCallerIdentity, null, provider, "accountId")).As<string>();
    }
}
