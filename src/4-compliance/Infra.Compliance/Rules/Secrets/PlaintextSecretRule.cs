using System.Text.RegularExpressions;
using Infra.Core.Expressions;

namespace Infra.Compliance.Rules.Secrets;

/// <summary>
/// MLC-SEC-001: a property whose name says it holds a secret (password, secret, token, private or
/// access key, key material, credentials) is never a plaintext value. It must be <c>fn::secret</c>,
/// a config reference (set with <c>pulumi config set --secret</c>), or an output Pulumi computes.
/// Judges every resource (providers included) and variable, at any depth (Helm values too).
/// </summary>
public sealed partial class PlaintextSecretRule() : ComplianceRule(ComplianceCatalog.PlaintextSecret)
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "passphrase", "pwd", "secret", "token", "credential", "credentials",
    };

    /// <summary>The word before <c>key</c> that makes it key material rather than a key's name or ID.</summary>
    private static readonly HashSet<string> KeyMaterialWords = new(StringComparer.Ordinal) { "private", "secret", "access", "client", "api", "signing" };

    /// <summary>A last word that makes the property describe a secret rather than hold one (<c>secretName</c>, <c>tokenTtl</c>).</summary>
    private static readonly HashSet<string> DescriptiveWords = new(StringComparer.Ordinal)
    {
        "name", "names", "ref", "refs", "arn", "arns", "id", "ids", "policy", "length", "enabled", "required", "version",
        "rotation", "ttl", "type", "path", "file", "count", "expiry", "expiration", "interval", "period", "mode", "encryption",
        "seconds", "minutes", "hours", "days", "size", "limit", "max", "min", "duration", "timeout", "lifetime", "format",
    };

    /// <summary>A word that makes the property point at a secret stored elsewhere (<c>existingSecret</c>, <c>envFromSecret</c>).</summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal) { "existing", "from" };

    [GeneratedRegex("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subjects = context.Resources.Select(resource => (resource.LogicalName, Value: (Value)resource.Properties, Root: "properties"))
            .Concat(context.Stack.Variables.Select(variable => (LogicalName: variable.Name, variable.Value, Root: "value")))
            .ToList();
        // Keys repeat across resources (tags, metadata, values): each is read once per synthesis.
        var secretNames = new Dictionary<string, bool>(StringComparer.Ordinal);
        var violations = subjects
            .Select(subject =>
            {
                var paths = new List<string>();
                Plaintext(subject.Value, subject.Root, named: false, paths, secretNames);
                return (subject.LogicalName, Paths: paths);
            })
            .Where(entry => entry.Paths.Count > 0)
            .Select(entry => new Violation(entry.LogicalName,
                $"{string.Join(", ", entry.Paths)} {(entry.Paths.Count == 1 ? "holds a plaintext value" : "hold plaintext values")}; use fn::secret or a config reference set with --secret"))
            .ToList();
        return new RuleOutcome(subjects.Count, violations);
    }

    /// <summary>
    /// True when a property name says its value is a secret. A qualified key is judged by its own name,
    /// not its namespace: the IAM condition key <c>token.actions.githubusercontent.com:sub</c> is a
    /// subject, whatever the issuer's host is called.
    /// </summary>
    public static bool NamesSecret(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = Words().Matches(key[(key.LastIndexOf(':') + 1)..]).Select(match => match.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0 || DescriptiveWords.Contains(words[^1]) || words.Any(ReferenceWords.Contains))
        {
            return false;
        }

        // passwordKey, tokenKey: the key under which a stored secret holds its value, not the value.
        if (words is [.., var before, "key"] && before != "secret" && SecretWords.Contains(before))
        {
            return false;
        }

        return words.Any(SecretWords.Contains)
               || words.Select((word, i) => (word, i)).Any(entry => entry.word == "key" && entry.i > 0 && KeyMaterialWords.Contains(words[entry.i - 1]))
               || words.Select((word, i) => (word, i)).Any(entry => entry.word == "key" && entry.i + 1 < words.Count && words[entry.i + 1] == "material");
    }

    /// <summary>True when a property's last word says it describes something rather than holds it (<c>secretName</c>, <c>type</c>).</summary>
    private static bool Describes(string key)
    {
        var words = Words().Matches(key);
        return words.Count > 0 && DescriptiveWords.Contains(words[^1].Value.ToLowerInvariant());
    }

    /// <summary>Adds the paths of plaintext values under secret-named keys (<paramref name="named"/>: the value's own key names a secret).</summary>
    private static void Plaintext(Value value, string path, bool named, List<string> found, Dictionary<string, bool> secretNames)
    {
        switch (value)
        {
            case MapValue map:
                foreach (var (key, child) in map.Entries)
                {
                    if (!secretNames.TryGetValue(key, out var secret))
                    {
                        secretNames[key] = secret = NamesSecret(key);
                    }

                    // Under a secret-named key, a descriptive child names the secret rather than holding it
                    // (a Kubernetes volume's secret: {secretName: …}).
                    Plaintext(child, path + "." + key, secret || (named && !Describes(key)), found, secretNames);
                }

                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    Plaintext(list.Items[i], $"{path}[{i}]", named, found, secretNames);
                }

                break;
            case ExprValue { Expression: Builtin { Name: "secret" } }:
                break;
            case ExprValue { Expression: Builtin builtin }:
                // Pulumi keeps a secret input secret through a function; literal text (or a file) in it is not.
                if (named)
                {
                    if (builtin.Name == "readFile" || HasLiteral(builtin.Name == "join" && builtin.Argument is ListValue { Items: [_, var items] } ? items : builtin.Argument))
                    {
                        found.Add(path);
                    }
                }
                else
                {
                    Plaintext(builtin.Argument, $"{path}.fn::{builtin.Name}", named: false, found, secretNames);
                }

                break;
            case ExprValue { Expression: Invoke invoke } when !named:
                Plaintext(invoke.Arguments, $"{path}.fn::invoke({invoke.Function})", named: false, found, secretNames);
                break;
            case ExprValue { Expression: Interpolation interpolation } when named && interpolation.Parts.Any(part => part.Text is { Length: > 0 }):
                found.Add(path);
                break;
            case StringValue { Text.Length: > 0 } or NumberValue when named:
                found.Add(path);
                break;
        }
    }

    private static bool HasLiteral(Value value) => value switch
    {
        StringValue { Text.Length: > 0 } or NumberValue => true,
        MapValue map => map.Entries.Values.Any(HasLiteral),
        ListValue list => list.Items.Any(HasLiteral),
        ExprValue { Expression: Interpolation interpolation } => interpolation.Parts.Any(part => part.Text is { Length: > 0 }),
        ExprValue { Expression: Builtin { Name: not "secret" } builtin } => HasLiteral(builtin.Argument),
        _ => false,
    };
}
