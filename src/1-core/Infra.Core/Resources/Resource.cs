using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Values;

namespace Infra.Core.Resources;

/// <summary>
/// One Pulumi resource: a type token, a logical name derived from the scope it was created in,
/// typed properties and options. Creating a resource registers it in its stack, CDK-style.
/// </summary>
public abstract class Resource
{
    protected Resource(Scope scope, string name, string type, IValueSource? args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrEmpty(type);
        Scope = scope;
        Name = name;
        LogicalName = LogicalNames.Join(scope.Path, name);
        Type = type;
        IsTaggable = args is ITaggableArgs;
        Properties = args?.ToValue() as MapValue
            ?? (args is null ? MapValue.Empty : throw new ArgumentException("resource arguments must be a map", nameof(args)));
        options ??= ResourceOptions.None;
        Options = this is ProviderResource || options.Provider is not null
            ? options
            : options with { Provider = scope.FindProvider(Package) };
        scope.Adopt(this);
    }

    /// <summary>The scope (stack or component) this resource belongs to.</summary>
    public Scope Scope { get; }

    /// <summary>The name given in its scope, e.g. <c>vpc</c>.</summary>
    public string Name { get; }

    /// <summary>The name in the program and the URN, e.g. <c>network-vpc</c>.</summary>
    public string LogicalName { get; }

    /// <summary>The type token, e.g. <c>aws:ec2/vpc:Vpc</c>.</summary>
    public string Type { get; }

    /// <summary>The package the token belongs to (<c>aws</c>; <c>aws</c> for <c>pulumi:providers:aws</c> too).</summary>
    public string Package => TypeTokens.PackageOf(Type);

    public MapValue Properties { get; private set; }

    /// <summary>
    /// The type has a <c>tags</c> input (its typed arguments implement <see cref="ITaggableArgs"/>).
    /// False for untyped resources, whose arguments say nothing about their schema.
    /// </summary>
    public bool IsTaggable { get; }

    public ResourceOptions Options { get; private set; }

    /// <summary>
    /// Revises the resource after composition, for a pass over the whole graph (an aspect, as CDK's
    /// <c>Aspects.of(scope).add</c>: standard tags, stateful protection); before the graph is checked and written.
    /// </summary>
    public void Revise(MapValue properties, ResourceOptions options)
    {
        Properties = properties ?? throw new ArgumentNullException(nameof(properties));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public Output<string> Id => GetOutput<string>("id");

    public Output<string> Urn => GetOutput<string>("urn");

    /// <summary>The resource itself, for options and for inputs that take a resource.</summary>
    public ResourceRef Ref => new(this);

    /// <summary>An output property by its schema path, e.g. <c>certificateAuthority.data</c>.</summary>
    public Output<T> GetOutput<T>(string path) => new(new OutputRef(this, PropertyPath.Parse(path)));

    public override string ToString() => $"{LogicalName} ({Type})";
}

/// <summary>
/// A resource given by token and raw properties, for the rare type no typed record covers yet.
/// Prefer a typed resource: it cannot misspell an input.
/// </summary>
public sealed class GenericResource(Scope scope, string name, string type, IValueSource? args, ResourceOptions? options = null)
    : Resource(scope, name, type, args, options);
