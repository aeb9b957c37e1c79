using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Log;

/// <summary><c>alicloud:log/project:Project</c>: a Simple Log Service project (<c>projectName</c>; <c>name</c> is deprecated).</summary>
public sealed class Project(Scope scope, string name, ProjectArgs args, ResourceOptions? options = null)
    : CustomResource<ProjectArgs>(scope, name, "alicloud:log/project:Project", args, options)
{
    public Output<string> ProjectName => GetOutput<string>("projectName");
}

public sealed record ProjectArgs : Args, ITaggableArgs
{
    public Input<string>? ProjectName { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:log/store:Store</c>: a logstore (<c>projectName</c>, <c>logstoreName</c>).</summary>
public sealed class Store(Scope scope, string name, StoreArgs args, ResourceOptions? options = null)
    : CustomResource<StoreArgs>(scope, name, "alicloud:log/store:Store", args, options)
{
    public Output<string> LogstoreName => GetOutput<string>("logstoreName");
}

public sealed record StoreArgs : Args
{
    public Input<string>? ProjectName { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? LogstoreName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Days to keep data.</summary>
    public Input<int>? RetentionPeriod { get => Get<Input<int>?>(); init => Set(value); }

    public Input<int>? ShardCount { get => Get<Input<int>?>(); init => Set(value); }
}
