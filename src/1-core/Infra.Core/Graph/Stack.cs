using Infra.Core.Diagnostics;
using Infra.Core.Expressions;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Core.Graph;

/// <summary>
/// The root of the construct tree and the resource graph of one Pulumi stack: every resource,
/// variable and output the program will contain. A stack is built by one synthesis and then
/// only read; nothing about it is static or shared.
/// </summary>
public sealed class Stack : Scope
{
    private readonly List<Resource> _allResources = [];
    private readonly List<ProviderResource> _providers = [];
    private readonly List<Component> _allComponents = [];
    private readonly List<Variable> _variables = [];
    private readonly SortedDictionary<string, Value> _outputs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ConfigDeclaration> _config = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _problems = [];

    /// <param name="name">The Pulumi stack name, e.g. <c>dev-global</c>.</param>
    /// <param name="project">The Pulumi project name, e.g. <c>ml-platform</c>.</param>
    /// <param name="configKeys">The full config keys the stack has, so references to config can be checked.</param>
    public Stack(string name, string project, IEnumerable<string>? configKeys = null)
        : base(null, "")
    {
        StackName = name;
        Project = project;
        ConfigKeys = new HashSet<string>(configKeys ?? [], StringComparer.Ordinal);
    }

    public string StackName { get; }

    public string Project { get; }

    public string? Description { get; init; }

    /// <summary>
    /// Set for a program that is its own Pulumi project file (the foundation's): the <c>runtime:</c>
    /// it declares, and the command that wrote it. Null for the programs the YAML host gets from
    /// <c>infra synth</c>, whose project file declares the runtime.
    /// </summary>
    public ProjectFile? ProjectFile { get; init; }

    public IReadOnlySet<string> ConfigKeys { get; }

    /// <summary>Every resource in the stack, in creation order.</summary>
    public IReadOnlyList<Resource> AllResources => _allResources;

    /// <summary>Every provider resource in the stack, in creation order (a few, whatever the size of the stack).</summary>
    public IReadOnlyList<ProviderResource> Providers => _providers;

    /// <summary>Every component in the stack, in creation order.</summary>
    public IReadOnlyList<Component> AllComponents => _allComponents;

    public IReadOnlyList<Variable> Variables => _variables;

    /// <summary>What components reported of their inputs (<see cref="Scope.Report(Diagnostic)"/>), in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    public IReadOnlyDictionary<string, Value> Outputs => _outputs;

    /// <summary>Keys of the program's own <c>config:</c> block, by key without namespace.</summary>
    public IReadOnlyDictionary<string, ConfigDeclaration> ConfigDeclarations => _config;

    /// <summary>
    /// Declares a key in the program's <c>config:</c> block and returns a reference to it
    /// (<c>${project:key}</c>). Pulumi then requires the stack to set it at deploy time, which is
    /// how values that cannot be committed (secrets) are required without being inlined. Declaring
    /// the same key again with the same shape returns the same reference.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key is already declared with another type or secrecy.</exception>
    public Output<T> DeclareConfig<T>(string key, string type, bool secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(type);
        var declaration = new ConfigDeclaration(key, type, secret);
        if (_config.TryGetValue(key, out var existing) && existing != declaration)
        {
            throw new InvalidOperationException($"config '{key}' is already declared as {existing}; it cannot also be {declaration}");
        }

        _config[key] = declaration;
        return Output.Config<T>(FullConfigKey(key));
    }

    /// <summary>The full key (<c>ml-platform:key</c>) of a key of this project.</summary>
    public string FullConfigKey(string key) => $"{Project}:{key}";

    /// <summary>Whether a full config key is set by the stack or declared by the program.</summary>
    public bool KnowsConfig(string fullKey) =>
        ConfigKeys.Contains(fullKey)
        || (fullKey.StartsWith(Project + ":", StringComparison.Ordinal) && _config.ContainsKey(fullKey[(Project.Length + 1)..]));

    /// <summary>Declares a top-level variable; its name shares the namespace of resources.</summary>
    public Variable AddVariable(string name, IValueSource value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var variable = new Variable(this, name, value.ToValue());
        _variables.Add(variable);
        return variable;
    }

    /// <summary>A stack output, shown by <c>pulumi stack output</c> and readable by other stacks.</summary>
    public void Export(string name, IValueSource value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _outputs[name] = value.ToValue();
    }

    internal void Register(Resource resource)
    {
        _allResources.Add(resource);
        if (resource is ProviderResource provider)
        {
            _providers.Add(provider);
        }
    }

    internal void AddProblem(Diagnostic diagnostic) => _problems.Add(diagnostic);

    internal void Register(Component component) => _allComponents.Add(component);
}

/// <summary>A program written as a whole Pulumi project file: its runtime and the command that regenerates it.</summary>
public sealed record ProjectFile(string Runtime, string GeneratedBy);
