using Infra.Stacks.Config;

namespace Infra.Cli.Hosting;

/// <summary>
/// Which stack a command works on, and its config: from <c>--stack</c> and the stack file for a
/// person, or from Pulumi's variables when the YAML host runs the compiler.
/// </summary>
public sealed record StackSelection(string Stack, string Project, StackConfig Config)
{
    /// <summary>The project's other stacks, from their committed files (empty when the project is not found).</summary>
    public IReadOnlyList<ExistingStack> OtherStacks { get; init; } = [];

    /// <summary>Reads <c>Pulumi.&lt;stack&gt;.yaml</c> of the project found from <paramref name="projectDir"/>.</summary>
    /// <exception cref="FileNotFoundException">No project, or no stack file for the stack.</exception>
    /// <exception cref="FormatException">The stack file is not valid.</exception>
    public static StackSelection FromStackFile(string stack, string projectDir)
    {
        var project = ProjectDirectory.Locate(projectDir);
        var file = project.StackFile(stack);
        if (!File.Exists(file))
        {
            var known = project.Stacks();
            throw new FileNotFoundException(
                $"stack '{stack}' has no config file {file}; stacks here: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }

        return new StackSelection(stack, project.Name, StackFile.Parse(File.ReadAllText(file), Path.GetFileName(file)))
        {
            OtherStacks = Others(project, stack),
        };
    }

    /// <summary>Reads <c>PULUMI_STACK</c>, <c>PULUMI_PROJECT</c> and <c>PULUMI_CONFIG</c>.</summary>
    /// <exception cref="FormatException">
    /// PULUMI_CONFIG is not a JSON object, or the variables are not the host's for one stack
    /// (<see cref="PulumiHostVariables.Resolve"/> says which rules).
    /// </exception>
    public static StackSelection FromPulumiHost(IHostEnvironment host, string configJson)
    {
        var (stack, config) = PulumiHostVariables.Resolve(host, StackConfig.FromPulumiConfigJson(configJson));
        var project = host.GetVariable(PulumiVariables.Project) is { Length: > 0 } name ? name : Infra.Stacks.Synthesis.Synthesizer.DefaultProject;
        return new StackSelection(stack, project, config)
        {
            OtherStacks = TryLocate(host.GetVariable(PulumiVariables.RootDirectory) ?? host.CurrentDirectory) is { } directory ? Others(directory, stack) : [],
        };
    }

    /// <summary>Every other stack file of the project; one that cannot be read is skipped (its own synthesis reports it).</summary>
    private static List<ExistingStack> Others(ProjectDirectory project, string stack)
    {
        var others = new List<ExistingStack>();
        foreach (var name in project.Stacks().Where(name => name != stack))
        {
            try
            {
                others.Add(new ExistingStack(name, StackFile.Parse(File.ReadAllText(project.StackFile(name)), StackFile.FileName(name))));
            }
            catch (Exception error) when (error is FormatException or IOException)
            {
                // Not this stack's problem.
            }
        }

        return others;
    }

    private static ProjectDirectory? TryLocate(string start)
    {
        try
        {
            return ProjectDirectory.Locate(start);
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException or IOException)
        {
            return null;
        }
    }
}
