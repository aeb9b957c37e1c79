using Infra.Core.Diagnostics;
using Infra.Core.Expressions;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Core.Graph;

/// <summary>
/// Checks a finished graph before it is written: names are valid and unique, every resource has a
/// pinned provider of its own package, and every reference points at something in this graph.
/// All problems are reported together, each naming the resource and property concerned.
/// </summary>
public static class GraphChecker
{
    private const string ReservedName = "pulumi";

    public static IReadOnlyList<Diagnostic> Check(Stack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        // Components' own checks first: they name the input that is wrong, the graph's problems follow from it.
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(stack.Problems);
        var resources = new HashSet<Resource>(stack.AllResources, ReferenceEqualityComparer.Instance);
        var variables = new HashSet<Variable>(stack.Variables, ReferenceEqualityComparer.Instance);

        var context = new ValueChecker(stack, resources, variables, diagnostics);
        CheckNames(stack, diagnostics);
        foreach (var resource in stack.AllResources)
        {
            CheckProvider(resource, diagnostics);
            context.Visit(resource.LogicalName, resource.Properties, "properties");

            foreach (var target in resource.Options.ReferencedResources())
            {
                if (!resources.Contains(target))
                {
                    diagnostics.Error(CoreCodes.DanglingReference, resource.LogicalName,
                        $"options refer to '{target.LogicalName}', which is not in the graph of stack '{stack.StackName}'");
                }
            }
        }

        foreach (var variable in stack.Variables)
        {
            context.Visit(variable.Name, variable.Value, "value");
        }

        foreach (var (name, output) in stack.Outputs)
        {
            context.Visit("outputs." + name, output, "output");
        }

        return [.. diagnostics];
    }

    private static void CheckNames(Stack stack, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = stack.AllResources.Select(resource => (resource.LogicalName, Kind: $"resource {resource.Type}"))
            .Concat(stack.Variables.Select(variable => (LogicalName: variable.Name, Kind: "variable")));
        // Keys of the program's config block share the host's namespace of resources and variables.
        foreach (var key in stack.ConfigDeclarations.Keys)
        {
            seen[key] = "declared config key";
        }

        foreach (var (name, kind) in names)
        {
            if (!LogicalNames.IsValid(name) || name == ReservedName)
            {
                diagnostics.Error(CoreCodes.InvalidName, name,
                    name == ReservedName ? "'pulumi' is reserved by the YAML host" : LogicalNames.Describe(name));
            }

            if (seen.TryGetValue(name, out var first))
            {
                diagnostics.Error(CoreCodes.DuplicateName, name,
                    $"the name is used by a {first} and a {kind}; logical names must be unique in a program");
            }
            else
            {
                seen[name] = kind;
            }
        }
    }

    private static void CheckProvider(Resource resource, DiagnosticBag diagnostics)
    {
        if (resource is ProviderResource || TypeTokens.IsProvider(resource.Type))
        {
            if (string.IsNullOrEmpty(resource.Options.Version))
            {
                diagnostics.Error(CoreCodes.UnpinnedProvider, resource.LogicalName,
                    "provider has no plugin version; every provider pins one so previews are reproducible");
            }

            return;
        }

        var provider = resource.Options.Provider;
        if (provider is null)
        {
            diagnostics.Error(CoreCodes.MissingProvider, resource.LogicalName,
                $"no '{resource.Package}' provider is set for this {resource.Type}; create one in the stack or component scope");
        }
        else if (provider.Package != resource.Package)
        {
            diagnostics.Error(CoreCodes.ProviderMismatch, resource.LogicalName,
                $"provider '{provider.LogicalName}' is for package '{provider.Package}', but {resource.Type} belongs to '{resource.Package}'");
        }
    }

    /// <summary>
    /// Checks every node of a value tree in one depth-first pass. The path of a node
    /// (<c>properties.tags["team"]</c>) is only spelled out when there is something to report,
    /// so the check stays linear in the size of the graph.
    /// </summary>
    private sealed class ValueChecker(Stack stack, HashSet<Resource> resources, HashSet<Variable> variables, DiagnosticBag diagnostics)
    {
        private readonly List<string> _path = [];
        private string _owner = "";

        public void Visit(string owner, Value value, string root)
        {
            _owner = owner;
            _path.Clear();
            _path.Add(root);
            Visit(value);
        }

        private string Path => string.Concat(_path);

        private void Visit(Value value)
        {
            switch (value)
            {
                case MapValue map:
                    foreach (var key in map.Entries.Keys)
                    {
                        if (key.StartsWith("fn::", StringComparison.OrdinalIgnoreCase))
                        {
                            diagnostics.Error(CoreCodes.ReservedKey, _owner,
                                $"{Path} has a map key '{key}'; keys starting with 'fn::' are read as function calls by the YAML host");
                        }
                    }

                    foreach (var (key, child) in map.Entries)
                    {
                        Nested("." + key, child);
                    }

                    break;
                case ListValue list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        Nested($"[{i}]", list.Items[i]);
                    }

                    break;
                case ExprValue { Expression: var expression }:
                    Check(expression);
                    switch (expression)
                    {
                        case Builtin builtin:
                            Nested(".fn::" + builtin.Name, builtin.Argument);
                            break;
                        case Invoke invoke:
                            Nested($".fn::invoke({invoke.Function})", invoke.Arguments);
                            break;
                        case Interpolation interpolation:
                            foreach (var part in interpolation.Parts)
                            {
                                if (part.Expression is { } inner)
                                {
                                    Visit(new ExprValue(inner));
                                }
                            }

                            break;
                    }

                    break;
            }
        }

        private void Nested(string segment, Value value)
        {
            _path.Add(segment);
            Visit(value);
            _path.RemoveAt(_path.Count - 1);
        }

        private void Check(Expr expression)
        {
            var missing = expression switch
            {
                ResourceRef reference when !resources.Contains(reference.Resource) => $"'{reference.Resource.LogicalName}'",
                OutputRef output when !resources.Contains(output.Resource) => $"'{output.Resource.LogicalName}'",
                VariableRef variable when !variables.Contains(variable.Variable) => $"variable '{variable.Variable.Name}'",
                Invoke invoke when !resources.Contains(invoke.Provider) => $"provider '{invoke.Provider.LogicalName}'",
                _ => null,
            };
            if (missing is not null)
            {
                diagnostics.Error(CoreCodes.DanglingReference, _owner,
                    $"{Path} refers to {missing}, which is not in the graph of stack '{stack.StackName}'");
            }

            if (expression is ConfigRef { Key: var key } && !stack.KnowsConfig(key))
            {
                diagnostics.Error(CoreCodes.UnknownConfigKey, _owner,
                    $"{Path} refers to config '{key}', which stack '{stack.StackName}' does not set; set it with `pulumi config set {key} <value>`");
            }
        }
    }
}
