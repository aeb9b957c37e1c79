using System.Collections.Immutable;
using Infra.Providers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using AlicloudCs = Infra.Providers.Alicloud.Cs;
using AwsEks = Infra.Providers.Aws.Eks;
using AwsS3 = Infra.Providers.Aws.S3;
using CoreV1 = Infra.Providers.Kubernetes.Core.V1;

namespace Infra.Providers.Tests;

public class ProviderSchemaGeneratorTests
{
    [Fact]
    public void Generated_tokens_are_the_documented_ones()
    {
        Assert.Equal("aws:eks/cluster:Cluster", AwsEks.Cluster.Token);
        Assert.Equal("aws:s3/bucketReplicationConfig:BucketReplicationConfig", AwsS3.BucketReplicationConfig.Token);
        Assert.Equal("alicloud:cs/managedKubernetes:ManagedKubernetes", AlicloudCs.ManagedKubernetes.Token);
        Assert.Equal("kubernetes:core/v1:Namespace", CoreV1.Namespace.Token);
    }

    [Fact]
    public void Force_new_inputs_are_looked_up_by_token()
    {
        Assert.Equal(["podCidr", "serviceCidr"], ProviderSchema.ReplaceOnChanges(AlicloudCs.ManagedKubernetes.Token).Select(f => f.Input));
        Assert.Empty(ProviderSchema.ReplaceOnChanges(AwsS3.BucketPolicy.Token));
    }

    [Fact]
    public void A_schema_entry_generates_its_resource_and_args()
    {
        var (diagnostics, sources) = Run(Schema("""{"inputs": ["name"], "source": "the provider docs"}"""));
        Assert.Empty(diagnostics);
        var code = Assert.Single(sources, s => s.HintName == "Test.Widget.g.cs").SourceText.ToString();
        Assert.Contains("public const string Token = \"test:index/widget:Widget\";", code, StringComparison.Ordinal);
        Assert.Contains("public sealed record WidgetArgs : Args, ITaggableArgs", code, StringComparison.Ordinal);
        Assert.Contains("public required Input<string> Name { get => Get<Input<string>>(); init => Set(value); }", code, StringComparison.Ordinal);
        Assert.Contains("new(\"name\", \"the provider docs\"),", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_force_new_fact_without_a_source_fails_the_generator()
    {
        var (diagnostics, _) = Run(Schema("""{"inputs": ["name"]}"""));
        var error = Assert.Single(diagnostics);
        Assert.Equal("INFRAGEN002", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void An_unknown_key_fails_the_generator()
    {
        var (diagnostics, _) = Run(Schema("""{"inputs": ["name"], "source": "docs"}""").Replace("\"doc\"", "\"docs\"", StringComparison.Ordinal));
        Assert.Equal("INFRAGEN001", Assert.Single(diagnostics).Id);
    }

    private static string Schema(string forceNewFact) => $$"""
        {
          "namespace": "Test",
          "resources": [
            {
              "token": "test:index/widget:Widget",
              "class": "Widget",
              "doc": "A widget.",
              "args": {
                "name": "WidgetArgs",
                "properties": [
                  {"name": "name", "type": "Input<string>", "required": true},
                  {"name": "tags", "type": "InputMap<string>"}
                ]
              },
              "replaceOnChanges": [{{forceNewFact}}]
            }
          ]
        }
        """;

    private static (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<GeneratedSourceResult> Sources) Run(string schema)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new ProviderSchemaGenerator().AsSourceGenerator()],
            [new InMemoryText("/repo/Schema/Test/Widget.json", schema)]);
        var result = driver.RunGenerators(CSharpCompilation.Create("Test")).GetRunResult().Results.Single();
        return (result.Diagnostics, result.GeneratedSources);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
