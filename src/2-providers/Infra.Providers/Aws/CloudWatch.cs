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

/// <summary><c>aws:cloudwatch/metricAlarm:MetricAlarm</c>: an alarm on one metric.</summary>
public sealed class MetricAlarm(Scope scope, string name, MetricAlarmArgs args, ResourceOptions? options = null)
    : CustomResource<MetricAlarmArgs>(scope, name, "aws:cloudwatch/metricAlarm:MetricAlarm", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

public sealed record MetricAlarmArgs : Args, ITaggableArgs
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? AlarmDescription { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Namespace { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? MetricName { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Dimensions { get => Get<InputMap<string>>(); init => Set(value); }

    /// <summary><c>SampleCount</c>, <c>Average</c>, <c>Sum</c>, <c>Minimum</c> or <c>Maximum</c>.</summary>
    public Input<string>? Statistic { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Seconds: 10, 20, 30 or a multiple of 60.</summary>
    public Input<int>? Period { get => Get<Input<int>?>(); init => Set(value); }

    public Input<int>? EvaluationPeriods { get => Get<Input<int>?>(); init => Set(value); }

    public Input<double>? Threshold { get => Get<Input<double>?>(); init => Set(value); }

    /// <summary>E.g. <c>GreaterThanThreshold</c>.</summary>
    public Input<string>? ComparisonOperator { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>missing</c>, <c>ignore</c>, <c>breaching</c> or <c>notBreaching</c>.</summary>
    public Input<string>? TreatMissingData { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<string>? AlarmActions { get => Get<InputList<string>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}
