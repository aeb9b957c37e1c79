using Infra.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Conformance.Tests;

/// <summary>
/// A config key the program declares <c>secret: true</c> is not secret once the stack sets it in plain
/// text: the host registers the stack's value first, skips the program's declaration as "config already
/// registered" and uses the value as it is, secret only if the engine marked it so (`pulumi config set
/// --secret`) (pulumi-yaml 36f271cf0a61 pkg/pulumiyaml/run.go:1229-1240 and 1369-1374; review
/// /work/shared/reference/reviews/yaml-host.md B1). So every reference to such a key must sit under
/// <c>fn::secret</c> (run.go evaluateBuiltinSecret: pulumi.ToSecret), whatever way it was set.
/// </summary>
public class SecretConfigReferenceTests
{
    private const string Project = "ml-platform";

    public static TheoryData<string> Goldens { get; } = [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "golden"), "*.yaml")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Every_reference_to_a_secret_config_key_is_under_fn_secret(string golden)
    {
        var root = Load(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "golden", golden + ".yaml")));

        Assert.Empty(BareSecretReferences(root));
    }

    [Fact]
    public void The_check_finds_a_bare_reference_and_accepts_one_under_fn_secret()
    {
        var root = Load("""
            name: ml-platform
            config:
              hook: {secret: true, type: string}
              region: {type: string}
            resources:
              a:
                type: x:y:Z
                properties:
                  bare: ${ml-platform:hook}
                  inText: "https://${hook}/x"
                  wrapped: {fn::secret: "${ml-platform:hook}"}
                  deep: {fn::secret: {fn::join: ["", ["${hook}"]]}}
                  plain: ${region}
            """);

        Assert.Equal(["resources.a.properties.bare", "resources.a.properties.inText"], BareSecretReferences(root));
    }

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The paths of every string that refers to a secret-declared key outside any fn::secret.</summary>
    private static List<string> BareSecretReferences(YamlMappingNode root)
    {
        var secretKeys = root.Children.TryGetValue(new YamlScalarNode("config"), out var config) && config is YamlMappingNode declarations
            ? declarations.Children.Where(entry => entry.Value is YamlMappingNode declaration
                    && declaration.Children.TryGetValue(new YamlScalarNode("secret"), out var secret) && secret.ToString() == "true")
                .Select(entry => entry.Key.ToString()).ToHashSet(StringComparer.Ordinal)
            : [];
        var found = new List<string>();
        foreach (var (key, value) in root.Children)
        {
            if (key.ToString() is "variables" or "resources" or "outputs")
            {
                Walk(value, key.ToString(), underSecret: false);
            }
        }

        return found;

        void Walk(YamlNode node, string path, bool underSecret)
        {
            switch (node)
            {
                case YamlScalarNode scalar when !underSecret && scalar.Value is { } text && secretKeys.Any(name => Refers(text, name)):
                    found.Add(path);
                    break;
                case YamlMappingNode map:
                    foreach (var (key, child) in map.Children)
                    {
                        var name = key.ToString();
                        Walk(child, path + "." + name, underSecret || name.Equals("fn::secret", StringComparison.OrdinalIgnoreCase));
                    }

                    break;
                case YamlSequenceNode list:
                    for (var i = 0; i < list.Children.Count; i++)
                    {
                        Walk(list.Children[i], $"{path}[{i}]", underSecret);
                    }

                    break;
            }
        }
    }

    /// <summary>`${key}` or `${ml-platform:key}`, optionally followed by an access (run.go:2412-2428 resolves both).</summary>
    private static bool Refers(string text, string key) =>
        new[] { "${" + key, "${" + Project + ":" + key }.Any(prefix =>
            text.Split(prefix).Skip(1).Any(rest => rest.Length > 0 && rest[0] is '}' or '.' or '['));
}
