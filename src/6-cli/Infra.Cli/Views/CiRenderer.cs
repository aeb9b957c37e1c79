using System.Text.Json;
using Infra.Platform;
using Infra.Stacks.Delivery;

namespace Infra.Cli.Views;

/// <summary>
/// CI targets as the workflows read them: flat fields a GitHub expression can name
/// (<c>matrix.awsRole</c>), one object per stack (docs/ci.md, "infra ci"). Empty strings, not nulls,
/// for what a stack does not need, so a step's <c>if: matrix.alicloudRole != ''</c> reads plainly.
/// </summary>
public static class CiRenderer
{
    /// <summary>The version of <c>infra ci --stack</c>'s JSON; bumped when a field changes meaning or goes.</summary>
    public const int JsonVersion = 1;

    /// <summary>One stack's target, with the shape's version.</summary>
    public static string Json(CiTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", JsonVersion);
            Fields(json, target);
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// GitHub's matrix (<c>{"include": [...]}</c>, for <c>strategy.matrix: ${{ fromJSON(...) }}</c>): one entry
    /// per stack; a stack CI cannot reach gets only its name, a hosted runner and the <c>error</c> its job prints before failing.
    /// </summary>
    public static string Matrix(IEnumerable<(string Stack, CiTarget? Target, string? Error)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("include");
            foreach (var (stack, target, error) in entries)
            {
                json.WriteStartObject();
                if (target is not null)
                {
                    Fields(json, target);
                }
                else
                {
                    json.WriteString("stack", stack);
                    json.WriteString("runner", UnreachableRunner);
                }

                json.WriteString("error", error ?? "");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Where a stack CI cannot reach runs its one failing step: GitHub's hosted runner, which needs no setup.</summary>
    public const string UnreachableRunner = "ubuntu-latest";

    private static void Fields(Utf8JsonWriter json, CiTarget target)
    {
        json.WriteString("stack", target.Stack);
        json.WriteString("tier", EnvironmentNames.Of(target.Tier));
        json.WriteString("runner", target.Runner);
        json.WriteString("environment", target.Environment ?? "");
        json.WriteString("backend", target.Backend);
        json.WriteString("secretsProvider", target.SecretsProvider ?? "");
        foreach (var kind in new[] { "aws", "alicloud" })
        {
            var credentials = target.Credentials.FirstOrDefault(candidate => candidate.Kind == kind);
            json.WriteString(kind + "Role", credentials?.Roles[target.Role] ?? "");
            json.WriteString(kind + "Region", credentials?.Region ?? "");
            json.WriteString(kind + "Audience", credentials?.Audience ?? "");
            if (kind == "alicloud")
            {
                json.WriteString("alicloudProvider", credentials?.ProviderArn ?? "");
            }
        }
    }
}
