using Infra.Platform.State;
using Infra.Stacks.Bootstrap;
using Infra.Testing;

namespace Infra.Stacks.Tests;

/// <summary>Where a bootstrapped stack keeps its state and secrets: its jurisdiction's, never its source's across the border.</summary>
public class BootstrapStateTests
{
    private static readonly IReadOnlyList<ExistingStack> Existing =
        [.. ReferenceStacks.All.Select(stack => new ExistingStack(stack, ReferenceStacks.Config(stack)))];

    /// <summary>A China stack from a global source needs its mirror given (the source's is outside China or absent).</summary>
    private const string ChinaMirror = """{"registry":"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/ml-platform"}""";

    /// <summary>A new AWS China stack started from a global one: its mirror given, its state not carried over.</summary>
    private static BootstrapRequest ChinaFromGlobal { get; } = new()
    {
        StackName = "prod-cn-bj2",
        Cloud = "aws-cn",
        Region = "cn-north-1",
        Tier = "prod",
        From = "prod-global",
        DeployNetwork = BootstrapFixtures.DeployNetwork("aws-cn"),
        RegistryMirror = ChinaMirror,
    };

    private static BootstrapResult Prepare(BootstrapRequest request) =>
        new StackBootstrapper(RegionCatalog.Default, new Synthesizer()).Prepare(request, Synthesizer.DefaultProject, Existing);

    [Fact]
    public void A_china_stack_from_a_china_source_is_written_with_its_china_backend_and_secrets_provider()
    {
        var result = Prepare(new BootstrapRequest { StackName = "prod-cn-hz", Cloud = "alicloud", Region = "cn-hangzhou", Tier = "prod", From = "prod-cn", DeployNetwork = BootstrapFixtures.DeployNetwork("alicloud") });
        var written = StackFile.Parse(result.Text, result.FileName);

        Assert.StartsWith("awskms://", written.SecretsProvider, StringComparison.Ordinal);
        Assert.Equal("cn-northwest-1", StateLocation.OfSecretsProvider(written.SecretsProvider).Region);
        Assert.Equal("cn-northwest-1", StateLocation.OfBackend(written["ml-platform:stateBackend"]!.Text).Region);
        Assert.Contains("\nsecretsprovider: ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void State_does_not_follow_a_source_across_the_border_and_a_china_stack_without_one_is_refused()
    {
        var error = Assert.Throws<Core.Diagnostics.InfraException>(() => Prepare(
            ChinaFromGlobal));

        Assert.Contains(error.Diagnostics, diagnostic => diagnostic.Message.Contains("would not synthesize", StringComparison.Ordinal));
        Assert.Contains(error.Diagnostics, diagnostic => diagnostic.Message.Contains("Pulumi Cloud is hosted outside mainland China", StringComparison.Ordinal)
            || diagnostic.Message.Contains("no backend declared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_china_stack_pointed_at_a_global_backend_is_refused_before_anything_is_written()
    {
        var error = Assert.Throws<Core.Diagnostics.InfraException>(() => Prepare(new BootstrapRequest
        {
            StackName = "prod-cn-hz",
            Cloud = "alicloud",
            Region = "cn-hangzhou",
            Tier = "prod",
            From = "prod-cn",
            DeployNetwork = BootstrapFixtures.DeployNetwork("alicloud"),
            StateBackend = "s3://acme-pulumi-state-global?region=us-east-1",
        }));

        Assert.Contains(error.Diagnostics, diagnostic => diagnostic.Message.Contains("'us-east-1' is a global region", StringComparison.Ordinal));
    }

    [Fact]
    public void The_backend_and_key_given_on_the_command_line_win_over_the_sources()
    {
        var result = Prepare(ChinaFromGlobal with
        {
            StateBackend = "s3://acme-state-bj?region=cn-north-1",
            SecretsProvider = "awskms://alias/acme-secrets-bj?region=cn-north-1",
        });
        var written = StackFile.Parse(result.Text, result.FileName);

        Assert.Equal("awskms://alias/acme-secrets-bj?region=cn-north-1", written.SecretsProvider);
        Assert.Equal("s3://acme-state-bj?region=cn-north-1", written["ml-platform:stateBackend"]!.Text);
    }

    [Fact]
    public void With_a_repository_bootstrap_points_a_new_china_stack_at_its_foundation_and_writes_the_foundation()
    {
        var result = Prepare(ChinaFromGlobal with { GithubRepository = "acme/ml-platform" });
        var written = StackFile.Parse(result.Text, result.FileName);
        var foundation = Assert.IsType<Foundation.FoundationResult>(result.Foundation);
        var planned = Foundation.FoundationComposer.StateOf(foundation.Spec);

        Assert.Equal(planned.Backend, written["ml-platform:stateBackend"]?.Text);
        Assert.Equal(planned.SecretsProvider, written.SecretsProvider);
        Assert.Equal("cn-northwest-1", foundation.Spec.StateRegion.Code);
        // The committed China foundation already covers AWS China and Alibaba Cloud: bootstrapping another AWS China region changes nothing.
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "foundation", "china", "Pulumi.yaml")), foundation.Text);
    }
}
