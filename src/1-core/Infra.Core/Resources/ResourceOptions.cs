using System.Collections.Immutable;

namespace Infra.Core.Resources;

/// <summary>
/// Resource options, named exactly as the Pulumi YAML host parses them (pulumi-yaml
/// <c>ast.ResourceOptionsDecl</c>). Unset options are not written.
/// </summary>
public sealed record ResourceOptions
{
    public static readonly ResourceOptions None = new();

    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    public ImmutableArray<ResourceAlias> Aliases { get; init; } = [];

    public CustomTimeouts? CustomTimeouts { get; init; }

    public bool? DeleteBeforeReplace { get; init; }

    public Resource? DeletedWith { get; init; }

    public ImmutableArray<Resource> DependsOn { get; init; } = [];

    public ImmutableArray<string> HideDiffs { get; init; } = [];

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public string? Import { get; init; }

    public Resource? Parent { get; init; }

    public string? PluginDownloadURL { get; init; }

    public bool? Protect { get; init; }

    public ProviderResource? Provider { get; init; }

    public ImmutableArray<string> ReplaceOnChanges { get; init; } = [];

    public bool? RetainOnDelete { get; init; }

    public string? Version { get; init; }

    /// <summary>Every resource these options point at (for the graph check).</summary>
    public IEnumerable<Resource> ReferencedResources()
    {
        foreach (var resource in DependsOn)
        {
            yield return resource;
        }

        foreach (var resource in new[] { Parent, DeletedWith, Provider })
        {
            if (resource is not null)
            {
                yield return resource;
            }
        }

        foreach (var alias in Aliases)
        {
            if (alias.Parent is not null)
            {
                yield return alias.Parent;
            }
        }
    }
}

/// <summary>
/// A former identity of a resource, so a rename or re-parenting keeps the deployed resource
/// (written as a URN string, or as the host's <c>{name, type, parent, noParent, stack, project}</c>).
/// </summary>
public sealed record ResourceAlias
{
    public string? Urn { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public Resource? Parent { get; init; }

    public bool? NoParent { get; init; }

    public string? Stack { get; init; }

    public string? Project { get; init; }
}

/// <summary>How long create, update, delete and read may take, in Go duration form (<c>"30m"</c>).</summary>
public sealed record CustomTimeouts(string? Create = null, string? Update = null, string? Delete = null);
