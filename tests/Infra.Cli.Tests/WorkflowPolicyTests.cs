using System.Text.RegularExpressions;
using Infra.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Cli.Tests;

/// <summary>
/// What the workflows promise, read from the workflows themselves: federated credentials only, a
/// timeout on every job, each stack reached from its own runner, the destructive gate in a job of its
/// own that a label re-runs, and production updates only inside the production environment.
/// </summary>
public partial class WorkflowPolicyTests
{
    private static readonly string GithubDirectory = Path.Combine(RepositoryPaths.Root, ".github");

    public static TheoryData<string> Workflows { get; } = [.. Directory
        .EnumerateFiles(Path.Combine(GithubDirectory, "workflows"), "*.yml")
        .Select(file => Path.GetFileName(file))
        .Order(StringComparer.Ordinal)];

    /// <summary>A stored cloud key: a secret named like one, or a key passed to a credentials action.</summary>
    [GeneratedRegex(@"secrets\.(?:AWS|ALICLOUD|ALIBABA|ALIYUN)[A-Z_]*|aws-(?:access-key-id|secret-access-key)\s*:|ALICLOUD_(?:ACCESS|SECRET)_KEY\s*[=:]", RegexOptions.IgnoreCase)]
    private static partial Regex StoredCloudKey();

    private static YamlMappingNode Workflow(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(GithubDirectory, "workflows", file))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Jobs(string file) => (YamlMappingNode)Workflow(file)["jobs"];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<string> Needs(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("needs"), out var needs)
            ? needs is YamlSequenceNode list ? list.Children.Select(item => ((YamlScalarNode)item).Value!) : [((YamlScalarNode)needs).Value!]
            : [];

    private static bool Uses(YamlMappingNode job, string action) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps)
        && ((YamlSequenceNode)steps).Children.OfType<YamlMappingNode>().Any(step => Scalar(step, "uses") == action);

    [Fact]
    public void No_workflow_or_action_refers_to_a_long_lived_cloud_key()
    {
        var files = Directory.EnumerateFiles(GithubDirectory, "*.yml", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Empty(StoredCloudKey().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetFileName(file)}: {match.Value}")));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_job_has_a_timeout(string file)
    {
        Assert.All(Jobs(file).Children, job =>
            Assert.True(Scalar((YamlMappingNode)job.Value, "timeout-minutes") is { } minutes && int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture) > 0,
                $"{file}: job {job.Key} has no timeout-minutes"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_job_that_takes_a_stacks_credentials_gets_them_from_infra_ci_and_asks_for_an_oidc_token(string file)
    {
        var credentialed = Jobs(file).Children.Where(job => Uses((YamlMappingNode)job.Value, "./.github/actions/stack-credentials")).ToList();

        Assert.All(credentialed, job =>
        {
            var permissions = (YamlMappingNode)((YamlMappingNode)job.Value)["permissions"];
            Assert.Equal("write", Scalar(permissions, "id-token"));
            var matrix = Scalar((YamlMappingNode)((YamlMappingNode)job.Value)["strategy"], "matrix");
            Assert.Matches(@"^\$\{\{ fromJSON\(needs\.[a-z]+\.outputs\.[a-z]+\) \}\}$", matrix);
        });
        var text = File.ReadAllText(Path.Combine(GithubDirectory, "workflows", file));
        if (credentialed.Count > 0)
        {
            Assert.Contains("infra ci-matrix --job", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Previews_and_updates_run_on_the_stacks_own_runner()
    {
        Assert.Equal("${{ matrix.runner }}", Scalar((YamlMappingNode)Jobs("pull-request.yml")["preview"], "runs-on"));
        Assert.Equal("${{ matrix.runner }}", Scalar((YamlMappingNode)Jobs("main.yml")["up-nonprod"], "runs-on"));
        Assert.Equal("${{ matrix.runner }}", Scalar((YamlMappingNode)Jobs("main.yml")["up-prod"], "runs-on"));
    }

    [Fact]
    public void Production_stacks_are_updated_only_in_the_production_environment()
    {
        var jobs = Jobs("main.yml");
        var text = File.ReadAllText(Path.Combine(GithubDirectory, "workflows", "main.yml"));

        Assert.Equal("production", Scalar((YamlMappingNode)jobs["up-prod"], "environment"));
        Assert.Null(Scalar((YamlMappingNode)jobs["up-nonprod"], "environment"));
        Assert.Contains("ci-matrix --job deploy --tier prod", text, StringComparison.Ordinal);
        Assert.Contains("ci-matrix --job deploy --tier nonprod", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_destructive_gate_is_its_own_job_a_label_reruns_and_the_preview_does_not_wait_for_it()
    {
        var workflow = Workflow("pull-request.yml");
        var types = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["on"])["pull_request"])["types"]).Children.Select(item => ((YamlScalarNode)item).Value).ToList();
        var jobs = Jobs("pull-request.yml");

        Assert.Contains("labeled", types);
        Assert.Contains("unlabeled", types);
        Assert.Equal(["diff"], Needs((YamlMappingNode)jobs["gate"]));
        Assert.Equal(["diff"], Needs((YamlMappingNode)jobs["preview"]));
        var gate = File.ReadAllText(Path.Combine(GithubDirectory, "workflows", "pull-request.yml"));
        Assert.Contains("gh api \"repos/$GITHUB_REPOSITORY/issues/$PR/labels\"", gate, StringComparison.Ordinal);
        Assert.Contains("--from-report diff.json --fail-on-destructive", gate, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_pulumi_cli_version_is_pinned_where_pulumi_runs(string file)
    {
        var text = File.ReadAllText(Path.Combine(GithubDirectory, "workflows", file));
        if (!text.Contains("pulumi/actions@", StringComparison.Ordinal))
        {
            return;
        }

        Assert.Matches(@"PULUMI_VERSION: ""\d+\.\d+\.\d+""", text);
        Assert.Equal(Regex.Count(text, "uses: pulumi/actions@"), Regex.Count(text, @"pulumi-version: \$\{\{ env\.PULUMI_VERSION \}\}"));
    }
}
