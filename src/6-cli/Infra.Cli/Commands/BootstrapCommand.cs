using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Core.Diagnostics;
using Infra.Stacks.Bootstrap;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra bootstrap --stack NAME --cloud C --region R [--tier T] [--from STACK] [--init]</c>:
/// writes <c>Pulumi.NAME.yaml</c> for a new region — a free address range, the region's zones, the
/// portable settings of another stack — after proving it synthesizes. It never overwrites a
/// stack file, and with <c>--init</c> also runs <c>pulumi stack init</c>.
/// </summary>
public static class BootstrapCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack", "-s") { Description = "The new stack's name, e.g. prod-eu.", Required = true };
        var cloud = new Option<string>("--cloud", "-c") { Description = "aws, aws-cn or alicloud.", Required = true };
        var region = new Option<string>("--region", "-r") { Description = "A region of that cloud from the region catalog.", Required = true };
        var tier = new Option<string>("--tier", "-t") { Description = "dev, staging or prod.", DefaultValueFactory = _ => "dev" };
        var from = new Option<string>("--from") { Description = "An existing stack to copy ownership, naming and workload settings from." };
        var owner = new Option<string>("--owner") { Description = "The owning team (default: the --from stack's)." };
        var costCenter = new Option<string>("--cost-center") { Description = "The cost centre (default: the --from stack's)." };
        var orgPrefix = new Option<string>("--org-prefix") { Description = "The prefix of globally unique names (default: the --from stack's)." };
        var stateBackend = new Option<string>("--state-backend") { Description = "The Pulumi backend URL of the stack's jurisdiction (default: the --from stack's, when in the same jurisdiction); docs/state.md." };
        var secretsProvider = new Option<string>("--secrets-provider") { Description = "The secrets provider URL, a key in the stack's jurisdiction (default: the --from stack's, when in the same jurisdiction)." };
        var deployNetwork = new Option<string>("--deploy-network")
        {
            Description = "The runners' network and the hub in this region, as JSON: {\"cidr\":…, \"transitGatewayId\":…} (AWS) or {\"cidr\":…, \"cenId\":…, \"transitRouterId\":…} (Alibaba Cloud); docs/bootstrap.md.",
        };
        var registryMirror = new Option<string>("--registry-mirror")
        {
            Description = "The registry every image and chart is pulled from, as JSON: {\"registry\":\"host/namespace\"} (docs/mirrors.md); default: the --from stack's where the new stack accepts it. Required for a China stack started from a global one.",
        };
        var ci = new Option<string>("--ci")
        {
            Description = "How CI reaches the new stack, as JSON: {\"runner\":\"<runner label>\", \"account\":\"<account id>\"} (docs/ci.md); without it CI refuses the stack.",
        };
        var githubRepo = new Option<string>("--github-repo")
        {
            Description = "The repository whose workflows deploy (owner/name): also write the jurisdiction's foundation program (state bucket, secrets key, CI roles; docs/state.md) and point the stack at its bucket and key.",
        };
        var stateRegion = new Option<string>("--state-region") { Description = "With --github-repo: the AWS region of the foundation's state bucket and key (default: the one the jurisdiction's stacks name)." };
        var init = new Option<bool>("--init") { Description = "Also run `pulumi stack init NAME`." };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("bootstrap", "Write the config of a new stack for a region, ready to preview.")
        {
            stack, cloud, region, tier, from, owner, costCenter, orgPrefix, stateBackend, secretsProvider, deployNetwork, registryMirror, ci, githubRepo, stateRegion, init, projectDir,
        };
        command.SetAction(result => Run(
            context,
            new BootstrapRequest
            {
                StackName = result.GetRequiredValue(stack),
                Cloud = result.GetRequiredValue(cloud),
                Region = result.GetRequiredValue(region),
                Tier = result.GetValue(tier)!,
                From = result.GetValue(from),
                Owner = result.GetValue(owner),
                CostCenter = result.GetValue(costCenter),
                OrgPrefix = result.GetValue(orgPrefix),
                StateBackend = result.GetValue(stateBackend),
                SecretsProvider = result.GetValue(secretsProvider),
                DeployNetwork = result.GetValue(deployNetwork),
                RegistryMirror = result.GetValue(registryMirror),
                Ci = result.GetValue(ci),
                GithubRepository = result.GetValue(githubRepo),
                StateRegion = result.GetValue(stateRegion),
            },
            result.GetValue(init),
            result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Run(CliContext context, BootstrapRequest request, bool init, string projectDir)
    {
        if (ProjectDirectory.TryLoad(projectDir, "bootstrap", context.Error) is not var (project, existing))
        {
            return ExitCodes.Usage;
        }

        BootstrapResult result;
        try
        {
            result = WithProgress(context, progress =>
                new StackBootstrapper(context.Synthesizer.Regions, context.Synthesizer).Prepare(request, project.Name, existing, progress));
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Refused(context.Error, $"infra bootstrap: stack '{request.StackName}' was not written:", error.Diagnostics);

            return ExitCodes.Invalid;
        }

        var path = project.StackFile(result.StackName);
        try
        {
            AtomicFile.Write(path, result.Text, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            context.Error.WriteLine($"infra bootstrap: {path} appeared while bootstrapping; it was left as it is");
            return ExitCodes.Usage;
        }

        context.Out.WriteLine($"Wrote {path}");
        if (result.Foundation is { } foundation && !FoundationCommand.WriteIfChanged(context, project.Path, foundation))
        {
            return ExitCodes.Usage;
        }

        context.Out.WriteLine($"  address range {result.VpcCidr} (first free in its jurisdiction's pool), zones {string.Join(", ", result.Zones)}");
        foreach (var note in result.Notes)
        {
            context.Out.WriteLine($"  note: {note}");
        }

        if (init)
        {
            var created = context.Processes.Run("pulumi", ["stack", "init", result.StackName], project.Path);
            if (!created.Succeeded)
            {
                context.Error.WriteLine($"infra bootstrap: `pulumi stack init {result.StackName}` failed (exit {created.ExitCode}); the stack file is written, run it again when Pulumi is logged in:");
                context.Error.WriteLine(created.Error.TrimEnd());
                return ExitCodes.Invalid;
            }

            context.Out.WriteLine($"Created Pulumi stack {result.StackName}");
        }

        context.Out.WriteLine();
        context.Out.WriteLine("Next steps:");
        context.Out.WriteLine($"  infra plan --stack {result.StackName}          # what it will contain, offline");
        if (!init)
        {
            context.Out.WriteLine($"  pulumi stack init {result.StackName}");
        }

        foreach (var secret in result.SecretsToSet)
        {
            context.Out.WriteLine($"  pulumi config set --secret --stack {result.StackName} {secret} <value>");
        }

        context.Out.WriteLine($"  pulumi preview --stack {result.StackName}");
        context.Out.WriteLine($"  git add {Path.GetFileName(path)}                # review it in a pull request; CI previews it");
        return ExitCodes.Ok;
    }

    /// <summary>A spinner with the current step on a terminal; plain step lines on stderr otherwise.</summary>
    private static T WithProgress<T>(CliContext context, Func<IProgress<string>, T> work)
    {
        if (!context.Host.IsOutputTerminal)
        {
            return work(new LineProgress(context.Error));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Status().Start("bootstrapping", status => work(new StatusProgress(status)));
    }

    private sealed class LineProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"infra bootstrap: {value}…");
    }

    private sealed class StatusProgress(StatusContext status) : IProgress<string>
    {
        public void Report(string value) => status.Status($"{value}…");
    }
}
