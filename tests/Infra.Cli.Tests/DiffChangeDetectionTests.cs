using System.Text.Json;
using Infra.Stacks.Review;
using Infra.Testing;

namespace Infra.Cli.Tests;

/// <summary>
/// `infra diff` reports as a change of a stack everything that changes what Pulumi does with it,
/// not only its resources: outputs, variables, the program's declared config, and the stack file
/// (ml-platform issue 19, item 3), so CI previews every such stack.
/// </summary>
public sealed class DiffChangeDetectionTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("infra-diff-changes-").FullName;

    public void Dispose() => Directory.Delete(_base, recursive: true);

    private static string Golden => File.ReadAllText(RepositoryPaths.Golden("dev-global"));

    /// <summary>A base of every committed program, dev-global's as given; with <paramref name="stackFiles"/> the committed stack files beside them.</summary>
    private void WriteBase(string devGlobal, bool stackFiles = false)
    {
        GoldenBase.Write(_base, stackFiles);
        File.WriteAllText(Path.Combine(_base, "dev-global.yaml"), devGlobal);
    }

    private CliRun Diff(params string[] more) => CliRunner.Run(new Dictionary<string, string>(), ["diff", "--base", _base, .. more]);

    private static string Without(string text, string part)
    {
        Assert.Equal(1, text.Split(part).Length - 1);
        return text.Replace(part, "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_that_adds_only_an_output_is_a_change_of_that_stack()
    {
        // The base lacks the output `region`; the head adds it and changes no resource.
        WriteBase(Golden.Replace("\n  region: us-west-2\n", "\n", StringComparison.Ordinal));

        var text = Diff();
        var stacks = Diff("--format", "stacks");
        using var json = JsonDocument.Parse(Diff("--json").Out);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("dev-global: 1 change to outputs, variables or declared config\n", text.Out, StringComparison.Ordinal);
        Assert.Contains("    +  outputs.region: (none) -> us-west-2\n", text.Out, StringComparison.Ordinal);
        Assert.Equal("dev-global\n", stacks.Out);
        var devGlobal = json.RootElement.GetProperty("stacks").EnumerateArray().Single(stack => stack.GetProperty("stack").GetString() == "dev-global");
        Assert.True(devGlobal.GetProperty("changed").GetBoolean());
        Assert.Equal(0, devGlobal.GetProperty("resources").GetArrayLength());
        Assert.Equal("outputs.region", devGlobal.GetProperty("program")[0].GetProperty("path").GetString());
        Assert.Equal(["dev-global"], json.RootElement.GetProperty("changedStacks").EnumerateArray().Select(stack => stack.GetString()));
    }

    [Fact]
    public void A_changed_variable_is_a_change_of_the_stack()
    {
        WriteBase(Golden.Replace("      return: accountId\n", "      return: arn\n", StringComparison.Ordinal));

        var run = Diff();

        Assert.Contains("    ~  variables.aws-account-id.fn::invoke.return: arn -> accountId\n", run.Out, StringComparison.Ordinal);
        Assert.Equal("dev-global\n", Diff("--format", "stacks").Out);
    }

    [Fact]
    public void A_secret_the_program_now_declares_is_a_change_of_the_stack()
    {
        // At the base the program did not declare grafanaAdminPassword, so Pulumi would not have demanded it.
        WriteBase(Without(Golden, "config:\n  grafanaAdminPassword:\n    secret: true\n    type: string\n"));

        var run = Diff();

        Assert.Contains("    +  config.grafanaAdminPassword.secret: (none) -> true\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("    +  config.grafanaAdminPassword.type: (none) -> string\n", run.Out, StringComparison.Ordinal);
        Assert.Equal("dev-global\n", Diff("--format", "stacks").Out);
    }

    [Fact]
    public void A_stack_file_changed_alone_is_a_change_of_that_stack_even_when_its_program_is_the_same()
    {
        // The state backend is not in the program: only the stack file differs.
        WriteBase(Golden, stackFiles: true);
        var file = Path.Combine(_base, "Pulumi.dev-global.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("acme-prod-us-east-1-pulumi-state-aa346c?region=us-east-1", "acme-pulumi-state-old?region=us-east-1", StringComparison.Ordinal));

        var run = Diff();
        var stacks = Diff("--format", "stacks");
        var markdown = Diff("--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dev-global: 1 change to the stack file\n", run.Out, StringComparison.Ordinal);
        Assert.Contains(
            "    ~  config.ml-platform:stateBackend: s3://acme-pulumi-state-old?region=us-east-1 -> s3://acme-prod-us-east-1-pulumi-state-aa346c?region=us-east-1\n",
            run.Out, StringComparison.Ordinal);
        Assert.Contains("prod-global: no changes\n", run.Out, StringComparison.Ordinal);
        Assert.Equal("dev-global\n", stacks.Out);
        Assert.Contains("| `dev-global` | 0 | 0 | 0 | 0 | 0 | 0 | 1 |", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("**Stack file `Pulumi.dev-global.yaml`:**", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stack_files_compare_by_content_not_by_text_and_never_show_a_secret()
    {
        const string Base = "secretsprovider: awskms://alias/a\nconfig:\n  ml-platform:tier: dev\n  ml-platform:token:\n    secure: v1:AAAA\n";
        const string Reformatted = "# a comment\nsecretsprovider: \"awskms://alias/a\"\nconfig: {ml-platform:token: {secure: v1:AAAA}, ml-platform:tier: dev}\n";
        const string Rotated = "secretsprovider: awskms://alias/a\nconfig:\n  ml-platform:tier: dev\n  ml-platform:token:\n    secure: v1:BBBB\n";

        Assert.Empty(StackFileDiffer.Compare(Base, Reformatted));
        var rotated = Assert.Single(StackFileDiffer.Compare(Base, Rotated));
        Assert.Equal(new PropertyChange("config.ml-platform:token.secure", "(secret)", "(secret, changed)"), rotated);
        Assert.Equal(
            [new PropertyChange("config.ml-platform:tier", null, "dev"), new PropertyChange("config.ml-platform:token.secure", null, "(secret)"), new PropertyChange("secretsprovider", null, "awskms://alias/a")],
            StackFileDiffer.Compare(null, Base));
    }

    [Fact]
    public void Unchanged_programs_and_stack_files_list_no_stack()
    {
        WriteBase(Golden, stackFiles: true);

        Assert.Equal("", Diff("--format", "stacks").Out);
    }
}
