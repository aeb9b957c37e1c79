namespace Infra.Providers.Generator;

/// <summary>One schema file: the declarations of one namespace (a provider module).</summary>
internal sealed class SchemaFile(string ns, IReadOnlyList<ResourceSchema> resources, IReadOnlyList<ArgsSchema> types)
{
    public string Namespace { get; } = ns;

    public IReadOnlyList<ResourceSchema> Resources { get; } = resources;

    /// <summary>Nested input objects and invoke arguments.</summary>
    public IReadOnlyList<ArgsSchema> Types { get; } = types;
}

/// <summary>A resource type: its token, C# class, outputs, arguments and inputs that force a replacement.</summary>
internal sealed class ResourceSchema(
    string token, string className, string? doc, IReadOnlyList<OutputSchema> outputs, ArgsSchema args, IReadOnlyList<ForceNewFact> replaceOnChanges)
{
    public string Token { get; } = token;

    public string ClassName { get; } = className;

    public string? Doc { get; } = doc;

    public IReadOnlyList<OutputSchema> Outputs { get; } = outputs;

    public ArgsSchema Args { get; } = args;

    public IReadOnlyList<ForceNewFact> ReplaceOnChanges { get; } = replaceOnChanges;
}

/// <summary>An output read by property path (<c>vpcConfig.clusterSecurityGroupId</c>).</summary>
internal sealed class OutputSchema(string name, string type, string path, string? doc)
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public string Path { get; } = path;

    public string? Doc { get; } = doc;
}

/// <summary>An argument record.</summary>
internal sealed class ArgsSchema(string name, string? doc, IReadOnlyList<PropertySchema> properties)
{
    public string Name { get; } = name;

    public string? Doc { get; } = doc;

    public IReadOnlyList<PropertySchema> Properties { get; } = properties;
}

/// <summary>
/// One input: its wire name, C# type (<c>Input&lt;string&gt;</c>, <c>InputList&lt;T&gt;</c>,
/// <c>InputMap&lt;T&gt;</c>) and whether the SDK requires it. The C# name is the wire name with a
/// capital first letter unless <see cref="CSharpName"/> says otherwise.
/// </summary>
internal sealed class PropertySchema(string wireName, string? csharpName, string type, bool required, string? doc)
{
    public string WireName { get; } = wireName;

    public string CSharpName { get; } = csharpName ?? char.ToUpperInvariant(wireName[0]) + wireName.Substring(1);

    /// <summary>Whether the wire name is not what <c>Args.Get</c> derives from the C# name.</summary>
    public bool HasOddWireName => char.ToLowerInvariant(CSharpName[0]) + CSharpName.Substring(1) != WireName;

    public string Type { get; } = type;

    public bool Required { get; } = required;

    public string? Doc { get; } = doc;

    /// <summary>Lists and maps are classes (null when unset); <c>Input&lt;T&gt;</c> is a struct.</summary>
    public bool IsReferenceType => !Type.StartsWith("Input<", StringComparison.Ordinal);
}

/// <summary>Inputs whose change replaces the resource, with where that is written down.</summary>
internal sealed class ForceNewFact(IReadOnlyList<string> inputs, string source)
{
    public IReadOnlyList<string> Inputs { get; } = inputs;

    public string Source { get; } = source;
}
