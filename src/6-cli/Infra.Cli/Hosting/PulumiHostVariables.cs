using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Stacks.Config;

namespace Infra.Cli.Hosting;

/// <summary>
/// Decides whether the <c>PULUMI_*</c> variables the compiler sees are the ones Pulumi's YAML host
/// passed for the stack it runs, and fails with a plain message when they cannot be.
/// <para>
/// The host's Run sets exactly five variables together: <c>PULUMI_STACK</c> (the bare stack name),
/// <c>PULUMI_ORGANIZATION</c>, <c>PULUMI_PROJECT</c>, <c>PULUMI_CONFIG</c> and <c>PULUMI_ROOT_DIRECTORY</c>
/// (pulumi-yaml 36f271cf0a61 pkg/server/server.go, Run, lines 217-223). Discovery
/// (GetRequiredPackages) passes none (server.go:148). But the compiler's environment is
/// <c>append(hostVariables, os.Environ()...)</c> (pkg/pulumiyaml/run.go:71, LoadFromCompiler), and Go's
/// exec takes the last of duplicated keys, so a variable the user exported wins; the host's warning
/// about it is dropped (review yaml-host.md B2). <c>PULUMI_STACK</c> is also the CLI's own stack
/// selector and may be <c>org/project/stack</c> (pulumi pkg/backend/state/stacks.go).
/// </para>
/// Rules, in order:
/// <list type="number">
/// <item><c>PULUMI_CONFIG</c> without <c>PULUMI_ROOT_DIRECTORY</c>: the host did not run us (it sets both), so
/// <c>PULUMI_CONFIG</c> is the user's: fail.</item>
/// <item>No <c>PULUMI_STACK</c>: fail.</item>
/// <item>A qualified <c>PULUMI_STACK</c> (the host never passes one): <c>org/project/stack</c> or <c>org/stack</c> is
/// taken as its last segment only when its project is <c>PULUMI_PROJECT</c> and its organization
/// <c>PULUMI_ORGANIZATION</c> (where set); anything else fails.</item>
/// <item>The stack's committed <c>Pulumi.&lt;stack&gt;.yaml</c> (under <c>PULUMI_ROOT_DIRECTORY</c>): every plain value
/// it sets that <c>PULUMI_CONFIG</c> also has must be equal, since the host's config is that file's for the
/// stack it runs. A difference means <c>PULUMI_STACK</c> names another stack: fail. Two stacks whose
/// plain values all agree cannot be told apart this way.</item>
/// </list>
/// </summary>
public static class PulumiHostVariables
{
    private const string Advice = "a PULUMI_* variable exported in your shell overrides the one Pulumi passes to the compiler; unset it and select the stack with `pulumi stack select` or `-s`";

    /// <summary>
    /// The stack Pulumi runs, and its config: what the host passed, with the committed stack file's
    /// <c>secretsprovider:</c> (the host passes config only; the residency rules judge where the
    /// stack's secrets are encrypted). The committed file is read once, for both.
    /// </summary>
    /// <exception cref="FormatException">The variables are not the host's for one consistent stack.</exception>
    public static (string Name, StackConfig Config) Resolve(IHostEnvironment host, StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(config);
        var root = host.GetVariable(PulumiVariables.RootDirectory);
        if (string.IsNullOrEmpty(root))
        {
            throw new FormatException(
                $"{PulumiVariables.Config} is set but {PulumiVariables.RootDirectory} is not, so Pulumi did not set them (its YAML host sets both); unset {PulumiVariables.Config}, or pass --stack");
        }

        var stack = host.GetVariable(PulumiVariables.Stack);
        if (string.IsNullOrEmpty(stack))
        {
            throw new FormatException($"{PulumiVariables.Config} is set but {PulumiVariables.Stack} is not; run through `pulumi preview` or pass --stack");
        }

        var name = stack.Contains('/', StringComparison.Ordinal) ? Unqualify(host, stack) : stack;
        var committed = CommittedFile(root, name);
        if (committed is not null)
        {
            CheckAgainst(committed, name, config);
        }

        return (name, new StackConfig(config.Values) { SecretsProvider = committed?.SecretsProvider });
    }

    private static string Unqualify(IHostEnvironment host, string stack)
    {
        var parts = stack.Split('/');
        var project = host.GetVariable(PulumiVariables.Project);
        var organization = host.GetVariable(PulumiVariables.Organization);
        var consistent = parts.Length is 2 or 3 && parts.All(part => part.Length > 0)
            && (parts.Length == 2 || string.IsNullOrEmpty(project) || parts[1] == project)
            && (string.IsNullOrEmpty(organization) || parts[0] == organization);
        if (!consistent)
        {
            throw new FormatException(
                $"{PulumiVariables.Stack} is '{stack}', which is not a stack of project '{project}' in organization '{organization}' (allowed: a bare name, or org/project/stack naming this project); {Advice}");
        }

        return parts[^1];
    }

    /// <summary>The stack's committed <c>Pulumi.&lt;stack&gt;.yaml</c>; null when there is none or it cannot be read (the synthesis of that stack reports its own file).</summary>
    private static StackConfig? CommittedFile(string root, string stack)
    {
        var file = Path.Combine(root, StackFile.FileName(stack));
        try
        {
            return File.Exists(file) ? StackFile.Parse(File.ReadAllText(file), StackFile.FileName(stack)) : null;
        }
        catch (Exception error) when (error is FormatException or IOException)
        {
            return null;
        }
    }

    private static void CheckAgainst(StackConfig committed, string stack, StackConfig config)
    {
        foreach (var (key, value) in committed.Values)
        {
            if (value.Text is not { } expected || config[key]?.Text is not { } passed || SameValue(expected, passed))
            {
                continue;
            }

            throw new FormatException(
                $"{PulumiVariables.Stack} is '{stack}', but the config Pulumi passed is another stack's: {key} is '{passed}' in {PulumiVariables.Config} and '{expected}' in {StackFile.FileName(stack)}; {Advice}");
        }
    }

    /// <summary>Equal text, or equal JSON (the host passes structured values as JSON text, formatted its own way).</summary>
    private static bool SameValue(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
