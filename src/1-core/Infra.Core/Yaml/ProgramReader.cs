using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Core.Yaml;

/// <summary>
/// Reads a Pulumi YAML program written by <see cref="ProgramWriter"/> back into a graph of untyped
/// resources, with every <c>${…}</c> turned into the reference it was written from. It exists so
/// the checks that run on a graph (the compliance rules) can also judge a program that only
/// exists as text, such as the base of <c>infra diff</c>. Reading what the writer wrote and
/// writing it again gives the same bytes.
/// </summary>
public static partial class ProgramReader
{
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    /// <exception cref="FormatException">The text is not a program of this shape, or a reference names nothing in it.</exception>
    public static Stack Read(string yaml, string stackName, string sourceName)
    {
        var root = ProgramYaml.LoadRoot(yaml, sourceName);
        return new Reader(root, sourceName).Build(stackName);
    }

    private sealed class Reader(YamlMappingNode root, string source)
    {
        private readonly Dictionary<string, Resource> _resources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Variable> _variables = new(StringComparer.Ordinal);

        public Stack Build(string stackName)
        {
            var variables = Section("variables");
            var resources = Section("resources");
            var declarations = new SortedDictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (name, node) in variables.Concat(resources))
            {
                if (!declarations.TryAdd(name, node))
                {
                    throw new FormatException($"{source}: '{name}' is declared twice");
                }
            }

            var configKeys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var text in declarations.Values.SelectMany(Scalars).Concat(Child(root, "outputs") is { } outputs ? Scalars(outputs) : []))
            {
                foreach (var reference in References(text).Where(reference => reference.Contains(':', StringComparison.Ordinal)))
                {
                    configKeys.Add(reference);
                }
            }

            var stack = new Stack(stackName, Text(Child(root, "name")) ?? "", configKeys)
            {
                Description = Text(Child(root, "description")),
            };
            foreach (var (key, node) in Section("config"))
            {
                var declaration = node as YamlMappingNode ?? throw new FormatException($"{source}: config '{key}' must be a map of type and secret");
                _ = stack.DeclareConfig<string>(key, Text(Child(declaration, "type")) ?? ConfigDeclaration.StringType, Text(Child(declaration, "secret")) == "true");
            }

            foreach (var name in Order(declarations))
            {
                if (variables.TryGetValue(name, out var variable))
                {
                    _variables[name] = stack.AddVariable(name, Value(variable));
                }
                else
                {
                    _resources[name] = Resource(stack, name, resources[name]);
                }
            }

            if (Child(root, "outputs") is YamlMappingNode exported)
            {
                foreach (var (key, node) in exported.Children)
                {
                    stack.Export(Key(key), Value(node));
                }
            }

            return stack;
        }

        private SortedDictionary<string, YamlNode> Section(string key)
        {
            var entries = new SortedDictionary<string, YamlNode>(StringComparer.Ordinal);
            switch (Child(root, key))
            {
                case null:
                    break;
                case YamlMappingNode map:
                    foreach (var (name, node) in map.Children)
                    {
                        entries[Key(name)] = node;
                    }

                    break;
                default:
                    throw new FormatException($"{source}: '{key}' must be a map");
            }

            return entries;
        }

        /// <summary>Declarations in an order where everything a declaration refers to comes first.</summary>
        private List<string> Order(SortedDictionary<string, YamlNode> declarations)
        {
            var needs = declarations.ToDictionary(
                entry => entry.Key,
                entry => Scalars(entry.Value).SelectMany(References).Select(RootOf)
                    .Where(name => name != entry.Key && declarations.ContainsKey(name)).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
            var ordered = new List<string>();
            var done = new HashSet<string>(StringComparer.Ordinal);
            while (ordered.Count < declarations.Count)
            {
                var ready = declarations.Keys.Where(name => !done.Contains(name) && needs[name].All(done.Contains)).ToList();
                if (ready.Count == 0)
                {
                    throw new FormatException(
                        $"{source}: the references between {string.Join(", ", declarations.Keys.Where(name => !done.Contains(name)))} form a cycle");
                }

                ordered.AddRange(ready);
                done.UnionWith(ready);
            }

            return ordered;
        }

        private Resource Resource(Stack stack, string name, YamlNode node)
        {
            var declaration = node as YamlMappingNode ?? throw new FormatException($"{source}: resource {name} is not a map");
            var type = Text(Child(declaration, "type")) ?? throw new FormatException($"{source}: resource {name} has no type");
            var properties = Child(declaration, "properties") is { } given
                ? Value(given) as MapValue ?? throw new FormatException($"{source}: the properties of {name} are not a map")
                : MapValue.Empty;
            var options = Child(declaration, "options") is YamlMappingNode map ? Options(map, name) : ResourceOptions.None;
            if (TypeTokens.IsProvider(type))
            {
                var version = options.Version ?? throw new FormatException($"{source}: provider {name} has no version");
                return new ProviderResource(stack, name, TypeTokens.PackageOf(type), version, properties, options with { Version = null });
            }

            return new GenericResource(stack, name, type, properties, options);
        }

        private ResourceOptions Options(YamlMappingNode map, string owner)
        {
            var options = ResourceOptions.None;
            foreach (var (keyNode, node) in map.Children)
            {
                var key = Key(keyNode);
                options = key switch
                {
                    "additionalSecretOutputs" => options with { AdditionalSecretOutputs = Strings(node) },
                    "aliases" => options with { Aliases = [.. Items(node).Select(Alias)] },
                    "customTimeouts" => options with { CustomTimeouts = Timeouts(node) },
                    "deleteBeforeReplace" => options with { DeleteBeforeReplace = Flag(node) },
                    "deletedWith" => options with { DeletedWith = Target(node) },
                    "dependsOn" => options with { DependsOn = [.. Items(node).Select(item => Target(item))] },
                    "hideDiffs" => options with { HideDiffs = Strings(node) },
                    "ignoreChanges" => options with { IgnoreChanges = Strings(node) },
                    "import" => options with { Import = Text(node) },
                    "parent" => options with { Parent = Target(node) },
                    "pluginDownloadURL" => options with { PluginDownloadURL = Text(node) },
                    "protect" => options with { Protect = Flag(node) },
                    "provider" => options with
                    {
                        Provider = Target(node) as ProviderResource
                            ?? throw new FormatException($"{source}: the provider of {owner} is not a provider resource"),
                    },
                    "replaceOnChanges" => options with { ReplaceOnChanges = Strings(node) },
                    "retainOnDelete" => options with { RetainOnDelete = Flag(node) },
                    "version" => options with { Version = Text(node) },
                    _ => throw new FormatException($"{source}: {owner} has an unknown option '{key}'"),
                };
            }

            return options;
        }

        private ResourceAlias Alias(YamlNode node) => node switch
        {
            YamlScalarNode scalar => new ResourceAlias { Urn = scalar.Value },
            YamlMappingNode map => new ResourceAlias
            {
                Name = Text(Child(map, "name")),
                Type = Text(Child(map, "type")),
                Parent = Child(map, "parent") is { } parent ? Target(parent) : null,
                NoParent = Child(map, "noParent") is { } noParent ? Flag(noParent) : null,
                Stack = Text(Child(map, "stack")),
                Project = Text(Child(map, "project")),
            },
            _ => throw new FormatException($"{source}: an alias is neither a URN nor a map"),
        };

        private CustomTimeouts Timeouts(YamlNode node) =>
            node is YamlMappingNode map
                ? new CustomTimeouts(Text(Child(map, "create")), Text(Child(map, "update")), Text(Child(map, "delete")))
                : throw new FormatException($"{source}: customTimeouts is not a map");

        private Resource Target(YamlNode node) =>
            Value(node) is ExprValue { Expression: ResourceRef reference }
                ? reference.Resource
                : throw new FormatException($"{source}: '{Text(node)}' is not a reference to a resource");

        private bool Flag(YamlNode node) => Text(node) switch
        {
            "true" => true,
            "false" => false,
            var other => throw new FormatException($"{source}: '{other}' is not a boolean"),
        };

        private ImmutableArray<string> Strings(YamlNode node) => [.. Items(node).Select(item => Text(item) ?? "")];

        private IEnumerable<YamlNode> Items(YamlNode node) =>
            node as YamlSequenceNode ?? throw new FormatException($"{source}: expected a list, not '{node}'");

        private Value Value(YamlNode node) => node switch
        {
            YamlScalarNode scalar => Scalar(scalar),
            YamlSequenceNode list => new ListValue([.. list.Children.Select(Value)]),
            YamlMappingNode map when map.Children.Count == 1 && Key(map.Children.Keys.Single()) is var key
                                     && key.StartsWith("fn::", StringComparison.OrdinalIgnoreCase) =>
                Builtin(key["fn::".Length..], map.Children.Values.Single()),
            YamlMappingNode map => MapValue.Of(map.Children.Select(entry => KeyValuePair.Create(Unescape(Key(entry.Key)), Value(entry.Value)))),
            _ => throw new FormatException($"{source}: unsupported YAML node {node.NodeType}"),
        };

        private ExprValue Builtin(string name, YamlNode argument)
        {
            if (!name.Equals("invoke", StringComparison.OrdinalIgnoreCase))
            {
                return new ExprValue(new Builtin(name, Value(argument)));
            }

            var call = argument as YamlMappingNode ?? throw new FormatException($"{source}: fn::invoke takes a map");
            var function = Text(Child(call, "function")) ?? throw new FormatException($"{source}: fn::invoke has no function");
            var arguments = Child(call, "arguments") is { } given ? Value(given) as MapValue ?? MapValue.Empty : MapValue.Empty;
            var provider = Child(call, "options") is YamlMappingNode options && Child(options, "provider") is { } reference
                ? Target(reference) as ProviderResource
                : null;
            return new ExprValue(new Invoke(
                function,
                arguments,
                provider ?? throw new FormatException($"{source}: fn::invoke of {function} names no provider"),
                Text(Child(call, "return"))));
        }

        private Value Scalar(YamlScalarNode scalar)
        {
            var text = scalar.Value ?? "";
            if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
            {
                if (text is "true" or "false")
                {
                    return BoolValue.Of(text == "true");
                }

                if (NumberShape().IsMatch(text))
                {
                    return new NumberValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
                }
            }

            return Template(text);
        }

        /// <summary>Text with <c>$$</c> escapes and <c>${…}</c> references, as the host reads a string.</summary>
        private Value Template(string text)
        {
            var parts = new List<InterpolationPart>();
            var literal = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '$')
                {
                    literal.Append('$');
                    i++;
                }
                else if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    var close = text.IndexOf('}', i + 2);
                    if (close < 0)
                    {
                        throw new FormatException($"{source}: '{text}' has an unclosed '${{'");
                    }

                    if (literal.Length > 0)
                    {
                        parts.Add(InterpolationPart.Literal(literal.ToString()));
                        literal.Clear();
                    }

                    parts.Add(InterpolationPart.Of(Reference(text[(i + 2)..close])));
                    i = close;
                }
                else
                {
                    literal.Append(text[i]);
                }
            }

            if (literal.Length > 0 || parts.Count == 0)
            {
                parts.Add(InterpolationPart.Literal(literal.ToString()));
            }

            return parts switch
            {
                [{ Text: { } only }] => new StringValue(only),
                [{ Expression: { } single }] => new ExprValue(single),
                _ => new ExprValue(new Interpolation([.. parts])),
            };
        }

        private Reference Reference(string access)
        {
            var rootName = RootOf(access);
            var path = PropertyPath.Parse(access[rootName.Length..]);
            if (rootName == "pulumi" && path.Segments is [{ Name: { } variable }])
            {
                return new PulumiVariable(variable);
            }

            if (_resources.TryGetValue(rootName, out var resource))
            {
                return path.IsEmpty ? new ResourceRef(resource) : new OutputRef(resource, path);
            }

            if (_variables.TryGetValue(rootName, out var declared))
            {
                return new VariableRef(declared, path);
            }

            return rootName.Contains(':', StringComparison.Ordinal)
                ? new ConfigRef(access)
                : throw new FormatException($"{source}: '${{{access}}}' refers to '{rootName}', which the program does not declare");
        }

        private static string RootOf(string access)
        {
            var end = access.IndexOfAny(['.', '[']);
            return end < 0 ? access : access[..end];
        }

        /// <summary>The text inside every <c>${…}</c> of a scalar (after <c>$$</c> escapes).</summary>
        private static IEnumerable<string> References(string text)
        {
            for (var i = 0; i < text.Length - 1; i++)
            {
                if (text[i] == '$' && text[i + 1] == '$')
                {
                    i++;
                }
                else if (text[i] == '$' && text[i + 1] == '{' && text.IndexOf('}', i + 2) is var close and >= 0)
                {
                    yield return text[(i + 2)..close];
                    i = close;
                }
            }
        }

        private static IEnumerable<string> Scalars(YamlNode node) => node switch
        {
            YamlScalarNode scalar => [scalar.Value ?? ""],
            YamlSequenceNode list => list.Children.SelectMany(Scalars),
            YamlMappingNode map => map.Children.Values.SelectMany(Scalars),
            _ => [],
        };

        private static YamlNode? Child(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

        private static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;

        private string Key(YamlNode node) =>
            (node as YamlScalarNode)?.Value ?? throw new FormatException($"{source}: a map key is not a string");

        private static string Unescape(string key) => key.Replace("$$", "$", StringComparison.Ordinal);
    }
}
