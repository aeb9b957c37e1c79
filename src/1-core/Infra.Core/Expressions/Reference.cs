using Infra.Core.Graph;
using Infra.Core.Resources;

namespace Infra.Core.Expressions;

/// <summary>
/// Something that can stand inside <c>${…}</c>: a resource, one of its outputs, a stack
/// variable, a config key or a <c>pulumi.*</c> built-in variable.
/// </summary>
public abstract record Reference : Expr
{
    /// <summary>The text between <c>${</c> and <c>}</c>.</summary>
    public abstract string Render();
}

/// <summary>The resource itself (<c>${vpc}</c>), as options such as <c>dependsOn</c> take it.</summary>
public sealed record ResourceRef(Resource Resource) : Reference
{
    public override string Render() => Resource.LogicalName;
}

/// <summary>An output property of a resource: <c>${cluster.certificateAuthority.data}</c>.</summary>
public sealed record OutputRef(Resource Resource, PropertyPath Path) : Reference
{
    public override string Render() => Resource.LogicalName + Path.Render();
}

/// <summary>A top-level program variable, or a property of its value.</summary>
public sealed record VariableRef(Variable Variable, PropertyPath Path) : Reference
{
    public override string Render() => Variable.Name + Path.Render();
}

/// <summary>
/// A stack config key by its full name (<c>${ml-platform:grafanaAdminPassword}</c>). Pulumi keeps a
/// secret value secret through a reference, which is why secrets are never inlined.
/// </summary>
public sealed record ConfigRef(string Key) : Reference
{
    public override string Render() => Key;
}

/// <summary>One of the host's built-in variables: <c>${pulumi.stack}</c>, <c>${pulumi.project}</c>, …</summary>
public sealed record PulumiVariable(string Name) : Reference
{
    public static readonly PulumiVariable Stack = new("stack");
    public static readonly PulumiVariable Project = new("project");
    public static readonly PulumiVariable Organization = new("organization");

    public override string Render() => "pulumi." + Name;
}
