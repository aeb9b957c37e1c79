using Infra.Testing;

namespace Infra.Stacks.Tests;

/// <summary>The reference stacks kept in the repository, read from their committed stack files.</summary>
internal static class ReferenceStacks
{
    public static IReadOnlyList<string> All { get; } = [.. Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml")
        .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Names { get; } = [.. All];

    public static StackConfig Config(string stack) =>
        StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack))), StackFile.FileName(stack));
}
