using YamlDotNet.RepresentationModel;

namespace Infra.Cli.Hosting;

/// <summary>
/// The Pulumi project a person runs the command in: the nearest folder up from the working
/// directory that has a <c>Pulumi.yaml</c>, its project name and its stack files.
/// </summary>
public sealed record ProjectDirectory(string Path, string Name)
{
    public const string ProjectFile = "Pulumi.yaml";

    public string StackFile(string stack) => System.IO.Path.Combine(Path, Infra.Stacks.Config.StackFile.FileName(stack));

    /// <summary>Finds the project from <paramref name="start"/> upward.</summary>
    /// <exception cref="FileNotFoundException">No folder up the tree has a Pulumi.yaml.</exception>
    public static ProjectDirectory Locate(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var file = System.IO.Path.Combine(directory.FullName, ProjectFile);
            if (File.Exists(file))
            {
                return new ProjectDirectory(directory.FullName, ReadName(file));
            }
        }

        throw new FileNotFoundException($"no {ProjectFile} in {start} or any folder above it; run from the project or pass --project-dir");
    }

    /// <summary>The stack names that have a <c>Pulumi.&lt;stack&gt;.yaml</c> here, sorted.</summary>
    public IReadOnlyList<string> Stacks() =>
        [.. Directory.EnumerateFiles(Path, "Pulumi.*.yaml")
            .Select(file => System.IO.Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The project around <paramref name="start"/> and its stacks, or null after printing why not
    /// (<c>infra &lt;command&gt;: …</c>) for a command that needs both.
    /// </summary>
    public static (ProjectDirectory Project, IReadOnlyList<Infra.Stacks.Config.ExistingStack> Stacks)? TryLoad(string start, string command, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var project = Locate(start);
            return (project, project.ExistingStacks());
        }
        catch (Exception problem) when (problem is FileNotFoundException or FormatException or InvalidDataException or IOException)
        {
            error.WriteLine($"infra {command}: {problem.Message}");
            return null;
        }
    }

    /// <summary>Every stack of the project as its committed stack file says.</summary>
    /// <exception cref="FormatException">A stack file is not valid YAML of a stack.</exception>
    public IReadOnlyList<Infra.Stacks.Config.ExistingStack> ExistingStacks() =>
        [.. Stacks().Select(name => new Infra.Stacks.Config.ExistingStack(name,
            Infra.Stacks.Config.StackFile.Parse(File.ReadAllText(StackFile(name)), Infra.Stacks.Config.StackFile.FileName(name))))];

    private static string ReadName(string file)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            stream.Load(reader);
        }

        return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
               && root.Children.TryGetValue(new YamlScalarNode("name"), out var name)
               && name is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : throw new InvalidDataException($"{file} has no project name");
    }
}
