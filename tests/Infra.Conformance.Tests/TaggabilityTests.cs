using System.Text.RegularExpressions;
using Infra.Compliance.Graph;
using Infra.Core.Values;
using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>
/// The tag rule judges exactly the resources whose SDK Args have a <c>tags</c> input: typed records
/// say it by implementing ITaggableArgs, the rule's list covers the types no record does yet, and
/// both are checked here against the provider SDKs' .d.ts.
/// </summary>
public partial class TaggabilityTests
{
    [GeneratedRegex(@"^\s+tags\?:", RegexOptions.Multiline)]
    private static partial Regex TagsInput();

    /// <summary>Whether <c>{Type}Args</c> in the SDK file of <paramref name="token"/> declares <c>tags</c>.</summary>
    private static bool SdkHasTags(string token)
    {
        if (token.StartsWith("kubernetes:", StringComparison.Ordinal))
        {
            // Kubernetes objects carry labels in metadata; no Kubernetes type has a tags input.
            return false;
        }

        var (package, rest) = (token[..token.IndexOf(':', StringComparison.Ordinal)], token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var moduleAndFile = rest[..rest.IndexOf(':', StringComparison.Ordinal)];
        var type = rest[(rest.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var file = Path.Combine(Harness.NodeModules, "@pulumi", package, moduleAndFile + ".d.ts");
        Assert.True(File.Exists(file), $"no SDK file for {token} at {file}");
        var text = File.ReadAllText(file);
        var start = text.IndexOf($"export interface {type}Args {{", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{file} has no {type}Args");
        var end = text.IndexOf("\n}", start, StringComparison.Ordinal);
        return TagsInput().IsMatch(text[start..end]);
    }

    public static TheoryData<string> ReferenceTypes { get; } = [.. ReferenceStacks()
        .SelectMany(stack => stack.AllResources)
        .Where(resource => resource is not Infra.Core.Resources.ProviderResource)
        .Select(resource => resource.Type)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ReferenceTypes))]
    public void The_tag_rule_judges_a_reference_stack_type_exactly_when_its_sdk_args_have_tags(string type)
    {
        var resource = ReferenceStacks().SelectMany(stack => stack.AllResources).First(candidate => candidate.Type == type);

        Assert.Equal(SdkHasTags(type), Taggability.IsTaggable(resource));
    }

    [Fact]
    public void Every_type_on_the_rule_s_own_list_has_tags_in_its_sdk_args()
    {
        Assert.All(Taggability.UntypedTaggableTypes, type => Assert.True(SdkHasTags(type), $"{type} has no tags input in its SDK Args"));
    }

    [Fact]
    public void Every_typed_args_record_with_a_tags_property_says_it_is_taggable()
    {
        // Reflection is fine in a test: it keeps the product's no-reflection answer honest.
        var records = typeof(Infra.Providers.PinnedProvider).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Args)) && type.GetProperty("Tags")?.PropertyType == typeof(InputMap<string>))
            .Where(type => type.Name != "AwsProviderDefaultTagsArgs") // the provider's default tags, not a resource's inputs
            .Where(type => type.Name != "LaunchTemplateTagSpecificationArgs") // tags a launch template gives instances, not the template's own
            .ToList();

        Assert.NotEmpty(records);
        Assert.All(records, type => Assert.True(typeof(ITaggableArgs).IsAssignableFrom(type), $"{type.FullName} has Tags but does not implement ITaggableArgs"));
    }

    private static IEnumerable<Infra.Core.Graph.Stack> ReferenceStacks() =>
        Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml")
            .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
            .Select(stack => new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject,
                Infra.Stacks.Config.StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, Infra.Stacks.Config.StackFile.FileName(stack))), stack)).Stack);
}
