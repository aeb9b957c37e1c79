namespace Infra.Components.Security;

/// <summary>
/// An IAM (AWS) or RAM (Alibaba Cloud) policy document. Both clouds use the same shape; only the
/// version differs. It is written with <c>fn::toJSON</c>, so references inside it (a bucket ARN, an
/// OIDC issuer) are resolved by Pulumi and the provider always receives a string.
/// </summary>
public sealed record PolicyDocument(string Version, ImmutableArray<PolicyStatement> Statements) : IValueSource
{
    /// <summary>The current IAM policy language version.</summary>
    public const string AwsVersion = "2012-10-17";

    /// <summary>The RAM policy language version.</summary>
    public const string RamVersion = "1";

    public static PolicyDocument Aws(params PolicyStatement[] statements) => new(AwsVersion, [.. statements]);

    public static PolicyDocument Ram(params PolicyStatement[] statements) => new(RamVersion, [.. statements]);

    /// <summary>The document as a JSON string input.</summary>
    public Output<string> ToJson() => Fn.ToJson(this);

    public Value ToValue() => MapValue.Of(
    [
        KeyValuePair.Create("Statement", (Value)new ListValue([.. Statements.Select(statement => statement.ToValue())])),
        KeyValuePair.Create("Version", (Value)new StringValue(Version)),
    ]);

    public bool Equals(PolicyDocument? other) =>
        other is not null && Version == other.Version && Statements.SequenceEqual(other.Statements);

    public override int GetHashCode() => HashCode.Combine(Version, Statements.Length);
}

/// <summary>One statement: effect, actions, resources, and optionally a principal and conditions.</summary>
public sealed record PolicyStatement : IValueSource
{
    public const string Allow = "Allow";
    public const string Deny = "Deny";

    public string? Sid { get; init; }

    public string Effect { get; init; } = Allow;

    public required ImmutableArray<string> Actions { get; init; }

    /// <summary>Resource ARNs; empty for trust policies (which name a principal instead).</summary>
    public ImmutableArray<Input<string>> Resources { get; init; } = [];

    public PolicyPrincipal? Principal { get; init; }

    public ImmutableArray<PolicyCondition> Conditions { get; init; } = [];

    public Value ToValue()
    {
        var entries = new List<KeyValuePair<string, Value>>
        {
            KeyValuePair.Create("Action", ListOrSingle(Actions.Select(action => (Value)new StringValue(action)))),
            KeyValuePair.Create("Effect", (Value)new StringValue(Effect)),
        };
        if (Sid is not null)
        {
            entries.Add(KeyValuePair.Create("Sid", (Value)new StringValue(Sid)));
        }

        if (!Resources.IsEmpty)
        {
            entries.Add(KeyValuePair.Create("Resource", ListOrSingle(Resources.Select(resource => resource.ToValue()))));
        }

        if (Principal is not null)
        {
            entries.Add(KeyValuePair.Create("Principal", Principal.ToValue()));
        }

        if (!Conditions.IsEmpty)
        {
            entries.Add(KeyValuePair.Create("Condition", (Value)MapValue.Of(Conditions
                .GroupBy(condition => condition.Operator, StringComparer.Ordinal)
                .Select(group => KeyValuePair.Create(group.Key, (Value)MapValue.Of(group.Select(condition =>
                    KeyValuePair.Create(condition.Key, ListOrSingle(condition.Values.Select(value => value.ToValue()))))))))));
        }

        return MapValue.Of(entries);
    }

    public bool Equals(PolicyStatement? other) => other is not null && ToValue().Equals(other.ToValue());

    public override int GetHashCode() => ToValue().GetHashCode();

    private static Value ListOrSingle(IEnumerable<Value> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? list[0] : new ListValue([.. list]);
    }
}

/// <summary>Who a trust policy lets in: <c>{"Service": "eks.amazonaws.com"}</c>, <c>{"Federated": arn}</c>, <c>"*"</c>.</summary>
public sealed record PolicyPrincipal(string? Type, ImmutableArray<Input<string>> Values) : IValueSource
{
    /// <summary>Anyone (only ever in Deny statements, e.g. the TLS-only bucket policy): <c>"*"</c>.</summary>
    public static PolicyPrincipal Anyone { get; } = new(null, []);

    /// <summary>Anyone, written <c>["*"]</c> as OSS bucket policies do.</summary>
    public static PolicyPrincipal AnyoneAsList { get; } = new(null, ["*"]);

    public static PolicyPrincipal Service(params string[] services) => new("Service", [.. services.Select(service => (Input<string>)service)]);

    public static PolicyPrincipal Federated(Input<string> providerArn) => new("Federated", [providerArn]);

    public static PolicyPrincipal Account(Input<string> arn) => new("AWS", [arn]);

    /// <summary>Alibaba Cloud RAM's principal key for services and accounts.</summary>
    public static PolicyPrincipal RamService(params string[] services) => new("Service", [.. services.Select(service => (Input<string>)service)]);

    /// <summary>Write the values as a list even when there is one (RAM's RRSA trust policies use <c>"Federated": [arn]</c>).</summary>
    public bool AlwaysList { get; init; }

    public Value ToValue() => Type is null
        ? Values.IsEmpty ? new StringValue("*") : new ListValue([.. Values.Select(value => value.ToValue())])
        : MapValue.Of([KeyValuePair.Create(Type, Values.Length == 1 && !AlwaysList ? Values[0].ToValue() : new ListValue([.. Values.Select(value => value.ToValue())]))]);

    public bool Equals(PolicyPrincipal? other) => other is not null && ToValue().Equals(other.ToValue());

    public override int GetHashCode() => ToValue().GetHashCode();
}

/// <summary>A condition: <c>{"Bool": {"aws:SecureTransport": "false"}}</c> is <c>new("Bool", "aws:SecureTransport", ["false"])</c>.</summary>
public sealed record PolicyCondition(string Operator, string Key, ImmutableArray<Input<string>> Values)
{
    public PolicyCondition(string @operator, string key, Input<string> value)
        : this(@operator, key, [value])
    {
    }

    public bool Equals(PolicyCondition? other) =>
        other is not null && Operator == other.Operator && Key == other.Key && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Operator, Key, Values.Length);
}
