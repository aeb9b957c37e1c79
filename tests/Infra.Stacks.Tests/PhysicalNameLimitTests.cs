using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using Infra.Compliance.Graph;
using Infra.Components.Storage;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Platform;
using Infra.Platform.Facts;

namespace Infra.Stacks.Tests;

/// <summary>
/// For any stack name, org prefix, owner, cost centre, team, pool and label the config accepts,
/// every physical name and every tag of the synthesized program is within its cloud's documented
/// length and character set (Facts/NameLimitFacts.cs names each source: IAM quotas, EKS
/// CreateCluster / CreateNodegroup, AWS "Tag naming limits and requirements", Alibaba Cloud
/// CreateRole / CreatePolicy / tag structure, Kubernetes label syntax).
/// </summary>
public class PhysicalNameLimitTests
{
    private const string Project = Synthesizer.DefaultProject;

    /// <summary>One stack per cloud: AWS, AWS China and Alibaba Cloud, with pools, teams, replicas and flow logs.</summary>
    private static readonly string[] BaseStacks = ["prod-global", "prod-cn-aws", "prod-cn", "dev-cn"];

    private static readonly Synthesizer Synthesizer = new();

    private static readonly Regex OwnerShape = new(ConfigSchemaPattern("owner"), RegexOptions.CultureInvariant);
    private static readonly Regex CostCenterShape = new(ConfigSchemaPattern("costCenter"), RegexOptions.CultureInvariant);

    /// <summary>The stack-name rule synthesis applies (a stricter subset of Pulumi's <c>^[A-Za-z0-9_.-]{1,100}$</c>).</summary>
    private static readonly Gen<string> StackNames =
        from length in Gen.OneOf(Gen.Int[1, 100], Gen.Int[90, 100])
        from chars in Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[length]
        select DnsShape(chars);

    private static readonly Gen<string> OrgPrefixes =
        from first in Gen.Char['a', 'z']
        from rest in Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 11]
        select first + rest;

    private static readonly Gen<string> Owners =
        Gen.String[Gen.Char["abcXYZ019 _.:/=+@-"], 1, 128].Where(OwnerShape.IsMatch);

    private static readonly Gen<string> CostCenters =
        Gen.String[Gen.Char["abcXYZ019_.-"], 1, 63].Where(CostCenterShape.IsMatch);

    /// <summary>Team names as TeamRules allows: 1-40 lowercase letters, digits and hyphens, a letter first.</summary>
    private static readonly Gen<string> TeamNames =
        from length in Gen.OneOf(Gen.Int[1, 40], Gen.Int[35, 40])
        from chars in Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[length]
        select Regex.Replace(DnsShape(chars), "-+$", "a");

    /// <summary>Pool names as the schema allows: <c>^[a-z][a-z0-9-]{0,22}[a-z0-9]$</c>.</summary>
    private static readonly Gen<string> PoolNames =
        from length in Gen.OneOf(Gen.Int[2, 24], Gen.Int[20, 24])
        from chars in Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[length]
        select PoolShape(chars);

    private static readonly Gen<(string Key, string Value)> Labels =
        from prefix in Gen.OneOf(Gen.Const(""), Gen.Const("example.com/"), Gen.Const("a.b-c.example/"))
        from nameLength in Gen.Int[1, 63 - 14]
        from name in Gen.Char["abcXYZ019-_."].Array[nameLength]
        from valueLength in Gen.Int[0, 63]
        from value in Gen.Char["abcXYZ019-_."].Array[valueLength]
        select (prefix + AlnumEnds(name), AlnumEnds(value));

    private sealed record Inputs(
        string Base, string Stack, string Org, string Owner, string CostCenter, string[] Teams, string? TeamCostCenter, string[] Pools,
        (string Key, string Value)[] PoolLabels, string Capacity);

    private static readonly Gen<Inputs> AllInputs =
        from baseStack in Gen.OneOf(BaseStacks.Select(Gen.Const).ToArray())
        from stack in StackNames
        from org in OrgPrefixes
        from owner in Owners
        from costCenter in CostCenters
        from teams in TeamNames.Array[2]
        from teamCostCenter in Gen.OneOf(CostCenters.Select(value => (string?)value), Gen.Const((string?)null))
        from pools in PoolNames.Array[3]
        from labels in Labels.Array[0, 2]
        from capacity in Gen.OneOf("spot-with-fallback", "spot", "on-demand")
        select new Inputs(baseStack, stack, org, owner, costCenter, teams, teamCostCenter, pools, labels, capacity);

    [Fact]
    public void Every_physical_name_and_tag_of_any_accepted_config_is_within_its_clouds_limits()
    {
        // Few iterations: each one is a whole synthesis (the machine is shared).
        AllInputs.Where(Distinct).Sample(inputs =>
        {
            var result = Synthesizer.Synthesize(inputs.Stack, Project, Config(inputs));

            var problems = Problems(result.Stack.AllResources).ToList();

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }, iter: 24, threads: 1);
    }

    [Fact]
    public void The_checks_refuse_a_name_over_its_limit_and_a_tag_aws_does_not_accept()
    {
        // The same walk as above, on crafted resources, so the property cannot pass by checking nothing.
        var stack = new Stack("names", Project);
        _ = new GenericResource(stack, "role", "aws:iam/role:Role", Tree.Map(("name", new string('r', 65))));
        _ = new GenericResource(stack, "group", "aws:eks/nodeGroup:NodeGroup", Tree.Map(
            ("nodeGroupName", new string('n', 64)),
            ("tags", Tree.Map(("owner", "a;b")))));

        var problems = Problems(stack.AllResources).ToList();

        Assert.Contains(problems, problem => problem.Contains("aws:iam/role:Role name", StringComparison.Ordinal) && problem.Contains("64", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("nodeGroupName", StringComparison.Ordinal) && problem.Contains("63", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("tag owner", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("owner", "ML Platform Team", true)]
    [InlineData("owner", "team;ml", false)] // ';' is not in AWS's tag character set
    [InlineData("owner", "aliyun-ml", false)] // Alibaba Cloud reserves aliyun
    [InlineData("owner", "see https://wiki", false)] // Alibaba Cloud refuses URLs in tags
    [InlineData("costCenter", "cc-1234", true)]
    [InlineData("costCenter", "cc 1234", false)] // a namespace label value has no spaces
    public void The_schema_holds_owner_and_cost_centre_to_what_every_cloud_accepts(string key, string value, bool accepted)
    {
        var config = ReferenceStacks.Config("dev-global").Values.SetItem($"{Project}:{key}", ConfigValue.Plain(value));

        var check = ConfigSchema.Default.Validate(new StackConfig(config), Project);

        Assert.Equal(accepted, !check.Diagnostics.Any(diagnostic => diagnostic.IsError));
        if (!accepted)
        {
            var error = Assert.Single(check.Diagnostics, diagnostic => diagnostic.IsError);
            Assert.Equal($"{Project}:{key}", error.Subject);
            Assert.Contains(value, error.Message, StringComparison.Ordinal);
            Assert.Contains("allowed:", error.Message, StringComparison.Ordinal);
        }
    }

    private static bool Distinct(Inputs inputs) =>
        inputs.Teams.Distinct().Count() == inputs.Teams.Length && inputs.Pools.Distinct().Count() == inputs.Pools.Length
        && !inputs.Teams.Any(Infra.Components.Compute.TeamRules.Reserved.Contains)
        && !inputs.Pools.Any(Specs.ComputeSpecReader.ReservedPoolNames.Contains)
        && inputs.PoolLabels.Select(label => label.Key).Distinct().Count() == inputs.PoolLabels.Length;

    /// <summary>The reference stack's config with the generated names in place of its own.</summary>
    private static StackConfig Config(Inputs inputs)
    {
        var values = ReferenceStacks.Config(inputs.Base).Values
            .SetItem($"{Project}:orgPrefix", ConfigValue.Plain(inputs.Org))
            .SetItem($"{Project}:owner", ConfigValue.Plain(inputs.Owner))
            .SetItem($"{Project}:costCenter", ConfigValue.Plain(inputs.CostCenter));
        var teams = JsonNode.Parse(values[$"{Project}:teams"].Text!)!.AsArray();
        var teamNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < teams.Count; i++)
        {
            var team = teams[i]!.AsObject();
            teamNames[team["name"]!.GetValue<string>()] = inputs.Teams[i % inputs.Teams.Length];
            team["name"] = inputs.Teams[i % inputs.Teams.Length];
            if (inputs.TeamCostCenter is { } costCenter)
            {
                team["costCenter"] = costCenter;
            }
        }

        var pools = JsonNode.Parse(values[$"{Project}:gpuPools"].Text!)!.AsArray();
        for (var i = 0; i < pools.Count; i++)
        {
            var pool = pools[i]!.AsObject();
            pool["name"] = inputs.Pools[i % inputs.Pools.Length];
            if (pool["team"]?.GetValue<string>() is { } team)
            {
                pool["team"] = teamNames[team];
            }

            // Prod training must stay on-demand (a tier rule); the other pools take any capacity.
            if (pool["workload"]?.GetValue<string>() != "training")
            {
                pool["capacity"] = inputs.Capacity;
            }

            var labels = new JsonObject();
            foreach (var (key, value) in inputs.PoolLabels)
            {
                labels[key] = value;
            }

            pool["labels"] = labels;
        }

        return new StackConfig(values
            .SetItem($"{Project}:teams", ConfigValue.Plain(teams.ToJsonString()))
            .SetItem($"{Project}:gpuPools", ConfigValue.Plain(pools.ToJsonString())));
    }

    /// <summary>Every name and tag of <paramref name="resources"/> that its cloud would refuse, in words.</summary>
    private static IEnumerable<string> Problems(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            foreach (var limit in NameLimitFacts.All.Where(limit => limit.Type == resource.Type))
            {
                if (PropertyValues.Text(PropertyValues.At(resource.Properties, limit.Input)) is { } name
                    && (name.Length < limit.MinLength || name.Length > limit.MaxLength || !Regex.IsMatch(name, limit.Pattern, RegexOptions.CultureInvariant)))
                {
                    yield return $"{resource.LogicalName}: {limit.Type} {limit.Input} '{name}' ({name.Length} characters) is not {limit.MinLength}-{limit.MaxLength} of {limit.Pattern} ({limit.Source})";
                }
            }

            if (resource.Type is "aws:s3/bucket:Bucket" or "alicloud:oss/bucket:Bucket"
                && PropertyValues.Text(resource.Properties["bucket"]) is { } bucket)
            {
                foreach (var violation in BucketNames.Violations(bucket, resource.Package == "aws" ? Cloud.Aws : Cloud.Alicloud))
                {
                    yield return $"{resource.LogicalName}: bucket '{bucket}' {violation}";
                }
            }

            foreach (var problem in TagProblems(resource))
            {
                yield return $"{resource.LogicalName} ({resource.Type}): {problem}";
            }
        }
    }

    private static IEnumerable<string> TagProblems(Resource resource)
    {
        var tags = resource.Type == "pulumi:providers:aws" ? PropertyValues.At(resource.Properties, "defaultTags.tags") : resource.Properties["tags"];
        var fact = resource.Package switch
        {
            "aws" => NameLimitFacts.AwsTags,
            "alicloud" => NameLimitFacts.AlicloudTags,
            _ => resource.Type == "pulumi:providers:aws" ? NameLimitFacts.AwsTags : null,
        };
        if (fact is not null)
        {
            foreach (var problem in Entries(tags).SelectMany(entry => TagViolations(entry.Key, entry.Value, fact)))
            {
                yield return problem;
            }
        }

        if (resource.Package == "kubernetes")
        {
            foreach (var problem in Entries(PropertyValues.At(resource.Properties, "metadata.labels"))
                         .SelectMany(entry => LabelViolations(entry.Key, entry.Value, NameLimitFacts.KubernetesLabels.ValueMaxLength)))
            {
                yield return problem;
            }
        }

        if (resource.Type == "aws:eks/nodeGroup:NodeGroup")
        {
            foreach (var problem in Entries(resource.Properties["labels"])
                         .SelectMany(entry => LabelViolations(entry.Key, entry.Value, NameLimitFacts.EksNodeGroupLabelMaxLength)))
            {
                yield return problem;
            }
        }

        if (resource.Type == "aws:autoscaling/tag:Tag"
            && PropertyValues.Text(PropertyValues.At(resource.Properties, "tag.key")) is { } key)
        {
            // Auto Scaling API Reference, Tag: Key 1-128, Value 0-256 characters.
            var value = PropertyValues.Text(PropertyValues.At(resource.Properties, "tag.value")) ?? "";
            if (key.Length > 128 || value.Length > 256)
            {
                yield return $"Auto Scaling tag '{key}' = '{value}' is over 128 / 256 characters (Auto Scaling API Reference, Tag)";
            }
        }
    }

    private static IEnumerable<(string Key, string Value)> Entries(Value? map) =>
        (map as MapValue)?.Entries.Where(entry => entry.Value is StringValue).Select(entry => (entry.Key, ((StringValue)entry.Value).Text)) ?? [];

    private static IEnumerable<string> TagViolations(string key, string value, TagLimitFact fact)
    {
        if (key.Length is 0 || key.Length > fact.KeyMaxLength || value.Length > fact.ValueMaxLength
            || !Regex.IsMatch(key, fact.Pattern) || !Regex.IsMatch(value, fact.Pattern)
            || fact.ReservedKeyPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            || fact.ReservedValuePrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            || fact.ForbiddenSubstrings.Any(text => key.Contains(text, StringComparison.OrdinalIgnoreCase) || value.Contains(text, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"tag {key} = '{value}' is not a {fact.Cloud} tag (key {fact.KeyMaxLength}, value {fact.ValueMaxLength}, {fact.Pattern}; {fact.Source})";
        }
    }

    private static IEnumerable<string> LabelViolations(string key, string value, int maxLength)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        if (name.Length is 0 or > 63 || value.Length > maxLength || !Regex.IsMatch(value, NameLimitFacts.KubernetesLabels.Pattern)
            || !Regex.IsMatch(name, NameLimitFacts.KubernetesLabels.Pattern))
        {
            yield return $"label {key} = '{value}' is not a label of at most {maxLength} characters ({NameLimitFacts.KubernetesLabels.Source})";
        }

        if (maxLength == NameLimitFacts.EksNodeGroupLabelMaxLength && key.Length > maxLength)
        {
            yield return $"label key {key} is over {maxLength} characters ({NameLimitFacts.EksNodeGroupLabelMaxLength.Source})";
        }
    }

    /// <summary>Lowercase letters, digits and single hyphens, a letter first, no hyphen last; keeps the length.</summary>
    private static string DnsShape(char[] chars)
    {
        if (!char.IsAsciiLetterLower(chars[0]))
        {
            chars[0] = (char)('a' + (chars[0] % 26));
        }

        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] == '-' && (chars[i - 1] == '-' || i == chars.Length - 1))
            {
                chars[i] = 'x';
            }
        }

        return new string(chars);
    }

    private static string PoolShape(char[] chars)
    {
        var name = DnsShape(chars);
        return name.Length == 1 ? name + "0" : name;
    }

    private static string AlnumEnds(char[] chars)
    {
        if (chars.Length == 0)
        {
            return "";
        }

        chars[0] = char.IsAsciiLetterOrDigit(chars[0]) ? chars[0] : 'a';
        chars[^1] = char.IsAsciiLetterOrDigit(chars[^1]) ? chars[^1] : 'z';
        return new string(chars);
    }

    private static string ConfigSchemaPattern(string key) =>
        JsonNode.Parse(ConfigSchema.Text())!["properties"]![key]!["pattern"]!.GetValue<string>();
}
