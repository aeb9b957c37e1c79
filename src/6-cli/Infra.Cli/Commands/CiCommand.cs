using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Views;
using Infra.Core.Diagnostics;
using Infra.Platform;
using Infra.Stacks.Delivery;
using Infra.Stacks.Specs;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra ci --stack NAME [--job preview|deploy|mirror]</c>: what a workflow job needs to reach one stack (runner,
/// environment, backend, the federated role of each cloud), as versioned JSON; exit 1 naming the key to
/// set when the stack does not say. <c>infra ci-matrix --job J [--stacks a,b] [--tier prod|nonprod]</c>: the
/// same for many stacks as a GitHub matrix, where a stack CI cannot reach carries its error instead.
/// </summary>
public static class CiCommand
{
    public static Command Create(CliContext context)
    {
        var job = JobOption();
        return StackCommand.Create(context, "ci", "Print what a CI job needs to preview or deploy a stack (runner, backend, federated roles), as JSON.", "The stack (Pulumi.<stack>.yaml).",
            (selection, parsed) =>
            {
                var spec = new EnvironmentSpecReader(context.Synthesizer.Regions).Read(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
                context.Out.Write(CiRenderer.Json(CiTarget.For(spec, Parse(parsed.GetValue(job)!), context.Synthesizer.Regions)));
                return ExitCodes.Ok;
            },
            job);
    }

    public static Command CreateMatrix(CliContext context)
    {
        var job = JobOption();
        var stacks = new Option<string>("--stacks") { Description = "Comma-separated stack names (default: every stack of the project); blank entries are ignored." };
        var tier = new Option<string>("--tier") { Description = "Only prod stacks (prod) or only the others (nonprod); default: all." };
        tier.AcceptOnlyFromAmong("prod", "nonprod");
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("ci-matrix", "Print a GitHub matrix of CI targets, one per stack (docs/ci.md).") { job, stacks, tier, projectDir };
        command.SetAction(result => Matrix(
            context,
            Parse(result.GetValue(job)!),
            result.GetValue(stacks),
            result.GetValue(tier),
            result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Matrix(CliContext context, CiJob job, string? names, string? tier, string projectDir)
    {
        if (ProjectDirectory.TryLoad(projectDir, "ci-matrix", context.Error) is not var (project, stacks))
        {
            return ExitCodes.Usage;
        }

        var wanted = names?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = wanted?.Where(name => stacks.All(stack => stack.Name != name)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            context.Error.WriteLine($"infra ci-matrix: --stacks: {string.Join(", ", unknown.Select(name => $"'{name}'"))} not a stack of {project.Name}; allowed: {string.Join(", ", stacks.Select(stack => stack.Name))}");
            return ExitCodes.Usage;
        }

        var entries = new List<(string, CiTarget?, string?)>();
        foreach (var stack in stacks.Where(stack => wanted is null || wanted.Contains(stack.Name)))
        {
            try
            {
                var spec = new EnvironmentSpecReader(context.Synthesizer.Regions).Read(stack.Name, project.Name, stack.Config, stacks);
                if (tier is not null && (spec.Environment.Tier == Tier.Prod) != (tier == "prod"))
                {
                    continue;
                }

                entries.Add((stack.Name, CiTarget.For(spec, job, context.Synthesizer.Regions), null));
            }
            catch (InfraException error)
            {
                entries.Add((stack.Name, null, string.Join("; ", error.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(diagnostic => $"{diagnostic.Subject} {diagnostic.Message}"))));
            }
        }

        context.Out.Write(CiRenderer.Matrix(entries));
        return ExitCodes.Ok;
    }

    private static Option<string> JobOption()
    {
        var job = new Option<string>("--job", "-j")
        {
            Description = "preview (a pull request: the read-only role), deploy (main: the deploy role, the production role and environment for prod stacks) or mirror (filling a registry mirror: the deploy role).",
            DefaultValueFactory = _ => "preview",
        };
        job.AcceptOnlyFromAmong("preview", "deploy", "mirror");
        return job;
    }

    private static CiJob Parse(string job) => job switch
    {
        "deploy" => CiJob.Deploy,
        "mirror" => CiJob.Mirror,
        _ => CiJob.Preview,
    };
}
