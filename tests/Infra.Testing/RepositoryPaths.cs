namespace Infra.Testing;

/// <summary>Paths in the repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder with Infra.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string Golden(string stack) => Path.Combine(Root, "tests", "golden", stack + ".yaml");

    /// <summary>Set UPDATE_GOLDEN=1 to rewrite golden programs on purpose instead of comparing.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Infra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Infra.sln above {AppContext.BaseDirectory}");
    }
}
