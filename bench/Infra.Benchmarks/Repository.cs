using System.Text;
using System.Text.Json;
using Infra.Stacks.Config;

namespace Infra.Benchmarks;

/// <summary>The repository the benchmarks run in: its reference stacks and their config.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every stack with a committed <c>Pulumi.&lt;stack&gt;.yaml</c>, by name.</summary>
    public static IReadOnlyList<string> Stacks() =>
    [
        .. Directory.GetFiles(Root, "Pulumi.*.yaml")
            .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal),
    ];

    public static StackConfig Config(string stack) =>
        StackFile.Parse(File.ReadAllText(Path.Combine(Root, StackFile.FileName(stack))), StackFile.FileName(stack));

    /// <summary>The stack's config as Pulumi passes it in <c>PULUMI_CONFIG</c>: a JSON object of strings.</summary>
    public static string PulumiConfigJson(string stack)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in Config(stack).Values)
            {
                writer.WriteString(key, value.Text ?? throw new InvalidOperationException($"{stack}: {key} is a secret; the benchmark needs plain values"));
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Infra.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("run the benchmarks inside the repository (no Infra.sln found above the working directory)");
    }
}
