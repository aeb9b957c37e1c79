using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Core.Diagnostics;
using Infra.Stacks.Config;
using Infra.Stacks.Foundation;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra foundation --jurisdiction J --github-repo OWNER/NAME [--state-region R] [--check]</c>:
/// writes <c>foundation/&lt;jurisdiction&gt;/Pulumi.yaml</c>, the program that creates what every stack of
/// the jurisdiction needs before its first <c>pulumi up</c> (state bucket, secrets key, GitHub Actions
/// roles), and prints the backend and secrets provider its stacks set. Run again, it rewrites the
/// file only when the program changed; <c>--check</c> only says whether it would.
/// </summary>
public static class FoundationCommand
{
    public static Command Create(CliContext context)
    {
        var jurisdiction = new Option<string>("--jurisdiction", "-j") { Description = "global or china.", Required = true };
        var repository = new Option<string>("--github-repo") { Description = "The repository whose workflows may deploy, owner/name.", Required = true };
        var stateRegion = new Option<string>("--state-region") { Description = "The AWS region of the state bucket and key (default: the one the jurisdiction's stacks' backend names)." };
        var orgPrefix = new Option<string>("--org-prefix") { Description = "The prefix of globally unique names (default: the jurisdiction's stacks')." };
        var owner = new Option<string>("--owner") { Description = "The owning team (default: the jurisdiction's stacks')." };
        var costCenter = new Option<string>("--cost-center") { Description = "The cost centre (default: the jurisdiction's stacks')." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when the committed program differs from what would be written." };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("foundation", "Write the program that creates a jurisdiction's state bucket, secrets key and CI roles.")
        {
            jurisdiction, repository, stateRegion, orgPrefix, owner, costCenter, check, projectDir,
        };
        command.SetAction(result => Run(
            context,
            new FoundationRequest(
                result.GetRequiredValue(jurisdiction),
                result.GetRequiredValue(repository),
                result.GetValue(stateRegion),
                result.GetValue(orgPrefix),
                result.GetValue(owner),
                result.GetValue(costCenter)),
            result.GetValue(check),
            result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Run(CliContext context, FoundationRequest request, bool check, string projectDir)
    {
        if (ProjectDirectory.TryLoad(projectDir, "foundation", context.Error) is not var (project, stacks))
        {
            return ExitCodes.Usage;
        }

        FoundationResult result;
        try
        {
            var spec = new FoundationPlanner(context.Synthesizer.Regions).Plan(request, project.Name, stacks);
            result = FoundationProgram.Synthesize(spec, context.Synthesizer.Regions, context.Synthesizer.Pack);
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Refused(context.Error, $"infra foundation: the {request.Jurisdiction} foundation was not written:", error.Diagnostics);
            return ExitCodes.Invalid;
        }

        var relative = FoundationProgram.PathOf(result.Spec);
        if (check)
        {
            var current = IsCurrent(Path.Combine(project.Path, relative), result.Text);
            context.Out.WriteLine(current ? $"{relative} is up to date" : $"{relative} differs from what `infra foundation` writes: run it without --check");
            return current ? ExitCodes.Ok : ExitCodes.Invalid;
        }

        if (!WriteIfChanged(context, project.Path, result))
        {
            return ExitCodes.Usage;
        }

        foreach (var warning in result.Warnings)
        {
            context.Out.WriteLine($"  note: {warning}");
        }

        var state = FoundationComposer.StateOf(result.Spec);
        var folder = Path.GetDirectoryName(relative)!;
        context.Out.WriteLine();
        context.Out.WriteLine("Next steps (docs/state.md, 'Bootstrapping a jurisdiction'):");
        context.Out.WriteLine($"  cd {folder} && pulumi login \"file://$PWD/state\"");
        context.Out.WriteLine($"  PULUMI_CONFIG_PASSPHRASE= pulumi stack init {result.Spec.StackName} --secrets-provider passphrase");
        context.Out.WriteLine($"  pulumi up                                   # with {result.Spec.StateRegion.Code} credentials of an administrator, once");
        context.Out.WriteLine($"Every {request.Jurisdiction} stack then sets:");
        context.Out.WriteLine($"  {StackFile.SecretsProviderKey}: {state.SecretsProvider}");
        context.Out.WriteLine($"  {project.Name}:{ConfigKeys.StateBackend}: {state.Backend}");
        return ExitCodes.Ok;
    }

    /// <summary>Writes the foundation program unless the committed one is the same; says which; false when it could not.</summary>
    internal static bool WriteIfChanged(CliContext context, string projectPath, FoundationResult result)
    {
        var relative = FoundationProgram.PathOf(result.Spec);
        var path = Path.Combine(projectPath, relative);
        if (IsCurrent(path, result.Text))
        {
            context.Out.WriteLine($"{relative} is up to date");
            return true;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, result.Text);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"infra: {path} could not be written: {error.Message}");
            return false;
        }

        context.Out.WriteLine($"Wrote {relative}");
        return true;
    }

    private static bool IsCurrent(string path, string text) => File.Exists(path) && File.ReadAllText(path) == text;
}
