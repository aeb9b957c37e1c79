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
        var diagnostics = new DiagnosticBag();
        var resources = new HashSet<Resource>(stack.AllResources, ReferenceEqualityComparer.Instance);
        var variables = new HashSet<Variable>(stack.Variables, ReferenceEqualityComparer.Instance);

        CheckNames(stack, diagnostics);
        foreach (var resource in stack.AllResources)
        {
            CheckProvider(resource, diagnostics);
            foreach (var (path, value) in Walk(resource.Properties, "properties"))
            {
                CheckValue(resource.LogicalName, path, value, stack, resources, variables, diagnostics);
            }

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
            foreach (var (path, value) in Walk(variable.Value, "value"))
            {
                CheckValue(variable.Name, path, value, stack, resources, variables, diagnostics);
            }
        }

        foreach (var (name, output) in stack.Outputs)
        {
            foreach (var (path, value) in Walk(output, "output"))
            {
                CheckValue("outputs." + name, path, value, stack, resources, variables, diagnostics);
            }
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

    private static void CheckValue(
        string owner, string path, Value value, Stack stack,
        HashSet<Resource> resources, HashSet<Variable> variables, DiagnosticBag diagnostics)
    {
        if (value is MapValue map)
        {
            foreach (var reserved in map.Entries.Keys.Where(key => key.StartsWith("fn::", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(CoreCodes.ReservedKey, owner,
                    $"{path} has a map key '{reserved}'; keys starting with 'fn::' are read as function calls by the YAML host");
            }

            return;
        }

        if (value is not ExprValue { Expression: var expr })
        {
            return;
        }

        var missing = expr switch
        {
            ResourceRef reference when !resources.Contains(reference.Resource) => $"'{reference.Resource.LogicalName}'",
            OutputRef output when !resources.Contains(output.Resource) => $"'{output.Resource.LogicalName}'",
            VariableRef variable when !variables.Contains(variable.Variable) => $"variable '{variable.Variable.Name}'",
            Invoke invoke when !resources.Contains(invoke.Provider) => $"provider '{invoke.Provider.LogicalName}'",
            _ => null,
        };
        if (missing is not null)
        {
            diagnostics.Error(CoreCodes.DanglingReference, owner,
                $"{path} refers to {missing}, which is not in the graph of stack '{stack.StackName}'");
        }

        if (expr is ConfigRef { Key: var key } && !stack.KnowsConfig(key))
        {
            diagnostics.Error(CoreCodes.UnknownConfigKey, owner,
                $"{path} refers to config '{key}', which stack '{stack.StackName}' does not set; set it with `pulumi config set {key} <value>`");
        }
    }

    /// <summary>Every node under <paramref name="value"/> with its path (<c>properties.tags["team"]</c>).</summary>
    internal static IEnumerable<(string Path, Value Value)> Walk(Value value, string path)
    {
        yield return (path, value);
        switch (value)
        {
            case MapValue map:
                foreach (var (key, child) in map.Entries)
                {
                    foreach (var item in Walk(child, path + "." + key))
                    {
                        yield return item;
                    }
                }

                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    foreach (var item in Walk(list.Items[i], $"{path}[{i}]"))
                    {
                        yield return item;
                    }
                }

                break;
            case ExprValue { Expression: Builtin builtin }:
                foreach (var item in Walk(builtin.Argument, $"{path}.fn::{builtin.Name}"))
                {
                    yield return item;
                }

                break;
            case ExprValue { Expression: Invoke invoke }:
                foreach (var item in Walk(invoke.Arguments, $"{path}.fn::invoke({invoke.Function})"))
                {
                    yield return item;
                }

                break;
            case ExprValue { Expression: Interpolation interpolation }:
                foreach (var part in interpolation.Parts.Where(part => part.Expression is not null))
                {
                    foreach (var item in Walk(new ExprValue(part.Expression!), path))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }
}
