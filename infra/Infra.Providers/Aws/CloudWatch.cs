using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.CloudWatch;

/// <summary><c>aws:cloudwatch/logGroup:LogGroup</c>.</summary>
public sealed class LogGroup(Scope scope, string name, LogGroupArgs args, ResourceOptions? options = null)
    : CustomResource<LogGroupArgs>(scope, name, "aws:cloudwatch/logGroup:LogGroup", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

public sealed record LogGroupArgs : Args, ITaggableArgs
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? RetentionInDays { get => Get<Input<int>?>(); init => Set(value); }

    public Input<string>? KmsKeyId { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}
