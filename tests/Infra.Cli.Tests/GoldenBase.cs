using Infra.Testing;

namespace Infra.Cli.Tests;

/// <summary>A base of `infra diff` as CI could write it: every committed program (tests/golden), optionally with the committed stack files beside them.</summary>
internal static class GoldenBase
{
    public static void Write(string directory, bool stackFiles = false)
    {
        foreach (var golden in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "golden"), "*.yaml"))
        {
            File.Copy(golden, Path.Combine(directory, Path.GetFileName(golden)), overwrite: true);
        }

        if (stackFiles)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml"))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
            }
        }
    }
}
