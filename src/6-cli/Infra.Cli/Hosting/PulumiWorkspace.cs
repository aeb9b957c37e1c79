using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Infra.Cli.Hosting;

/// <summary>Where a stack name came from when none was given with <c>--stack</c>.</summary>
public sealed record SelectedStack(string Name, string Source);

/// <summary>
/// The stack the Pulumi CLI has selected for a project (<c>pulumi stack select</c>), read the way
/// the CLI reads it, from local files only — no network, no Pulumi process. pulumi/pulumi at
/// 1b5949891b3c (2026-08-21):
/// <list type="bullet">
/// <item><c>PULUMI_STACK</c> overrides any selection (pkg/backend/state/stacks.go, getCurrentStackName).</item>
/// <item>The selection lives in <c>&lt;Pulumi home&gt;/workspaces/&lt;project name&gt;-&lt;sha1 hex of the absolute path of
/// Pulumi.yaml&gt;-workspace.json</c> (pkg/workspace/workspace.go, settingsPath; paths.go, WorkspaceDir and
/// WorkspaceFile); the Pulumi home is <c>PULUMI_HOME</c>, else <c>~/.pulumi</c>
/// (sdk/go/common/util/pulumihome/pulumihome.go, Dir).</item>
/// <item>The file holds <c>"stacks"</c>, the selected stack per backend URL, and the older <c>"stack"</c>,
/// used when no entry matches the backend (pkg/workspace/settings.go, StackForBackend).</item>
/// <item>The backend is <c>PULUMI_BACKEND_URL</c>, else the project's <c>backend.url</c>, else <c>"current"</c> of
/// <c>credentials.json</c> in <c>PULUMI_CREDENTIALS_PATH</c> or the Pulumi home (pkg/workspace/creds.go,
/// GetCurrentCloudURLWithSource; sdk/go/common/workspace/creds.go, getCredsFilePath). A credentials
/// file Pulumi keeps encrypted cannot be read here: then a single selection is taken as it is.</item>
/// </list>
/// A name may be qualified (<c>org/project/stack</c>); the stack files are per bare name, so the last
/// segment is the stack. Differences from the CLI: the home directory is <c>$HOME</c> (Go asks the
/// user database), and the path is the physical one (a project reached through a symbolic link
/// hashes differently).
/// </summary>
public static class PulumiWorkspace
{
    public const string StackVariable = "PULUMI_STACK";
    public const string HomeVariable = "PULUMI_HOME";
    public const string BackendVariable = "PULUMI_BACKEND_URL";
    public const string CredentialsVariable = "PULUMI_CREDENTIALS_PATH";

    /// <summary>The selected stack, or null with <paramref name="looked"/> saying where it looked.</summary>
    /// <exception cref="FormatException">A selection names a stack of another project, or several backends' selections and none is current.</exception>
    public static SelectedStack? Selected(IHostEnvironment host, ProjectDirectory project, out string looked)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(project);
        if (host.GetVariable(StackVariable) is { Length: > 0 } variable)
        {
            looked = StackVariable;
            return new SelectedStack(Bare(variable, project, StackVariable), StackVariable);
        }

        if (Home(host) is not { } home)
        {
            looked = $"{StackVariable} (unset); no {HomeVariable} or HOME to find Pulumi's workspace in";
            return null;
        }

        var file = SettingsFile(home, project);
        looked = $"{StackVariable} (unset) and {file}";
        if (!File.Exists(file))
        {
            return null;
        }

        using var settings = ReadJson(file);
        var root = settings.RootElement;
        var perBackend = root.TryGetProperty("stacks", out var stacks) && stacks.ValueKind == JsonValueKind.Object
            ? stacks.EnumerateObject().Where(entry => entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString() is { Length: > 0 })
                .ToDictionary(entry => entry.Name, entry => entry.Value.GetString()!, StringComparer.Ordinal)
            : [];
        var legacy = root.TryGetProperty("stack", out var stack) && stack.ValueKind == JsonValueKind.String && stack.GetString() is { Length: > 0 } name ? name : null;
        var backend = CurrentBackend(host, home, project);
        var selected = backend is not null && perBackend.TryGetValue(backend, out var forBackend) ? forBackend
            : legacy ?? (perBackend.Count == 1 && backend is null ? perBackend.Values.Single() : null);
        if (selected is null && perBackend.Count > 0)
        {
            throw new FormatException(
                $"{file} selects a stack per backend ({string.Join(", ", perBackend.Select(entry => $"{entry.Key}: {entry.Value}"))}), " +
                $"none for the current backend ({backend ?? "unknown: no " + BackendVariable + ", no backend in Pulumi.yaml, no readable credentials.json"}); pass --stack");
        }

        return selected is null ? null : new SelectedStack(Bare(selected, project, file), $"`pulumi stack select` ({file})");
    }

    /// <summary><c>&lt;home&gt;/workspaces/&lt;project&gt;-&lt;sha1(path of Pulumi.yaml)&gt;-workspace.json</c>.</summary>
    public static string SettingsFile(string pulumiHome, ProjectDirectory project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var projectFile = Path.Combine(project.Path, ProjectDirectory.ProjectFile);
#pragma warning disable CA5350 // Pulumi names the file by SHA-1 of the path; nothing is protected by it.
        var hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(projectFile)));
#pragma warning restore CA5350
        return Path.Combine(pulumiHome, "workspaces", $"{project.Name}-{hash}-workspace.json");
    }

    private static string? Home(IHostEnvironment host) =>
        host.GetVariable(HomeVariable) is { Length: > 0 } home ? home
        : host.GetVariable("HOME") is { Length: > 0 } user ? Path.Combine(user, ".pulumi")
        : null;

    private static string? CurrentBackend(IHostEnvironment host, string home, ProjectDirectory project)
    {
        if (host.GetVariable(BackendVariable) is { Length: > 0 } url)
        {
            return url;
        }

        if (ProjectBackend(project) is { } configured)
        {
            return configured;
        }

        var credentials = Path.Combine(host.GetVariable(CredentialsVariable) is { Length: > 0 } folder ? folder : home, "credentials.json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(credentials));
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("current", out var current) && current.ValueKind == JsonValueKind.String
                   && current.GetString() is { Length: > 0 } name
                ? name
                : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            return null; // missing, unreadable, or encrypted by Pulumi's credential store
        }
    }

    /// <summary><c>backend: {url: …}</c> of Pulumi.yaml, if any.</summary>
    private static string? ProjectBackend(ProjectDirectory project)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(Path.Combine(project.Path, ProjectDirectory.ProjectFile))));
            return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
                   && root.Children.TryGetValue(new YamlScalarNode("backend"), out var backend) && backend is YamlMappingNode settings
                   && settings.Children.TryGetValue(new YamlScalarNode("url"), out var url) && url is YamlScalarNode { Value: { Length: > 0 } text }
                ? text
                : null;
        }
        catch (Exception error) when (error is IOException or YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static JsonDocument ReadJson(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (JsonException error)
        {
            throw new FormatException($"{file} is not Pulumi's workspace settings (JSON): {error.Message}", error);
        }
    }

    /// <summary>The stack's bare name: the last segment of <c>org/project/stack</c>, refused when it names another project.</summary>
    private static string Bare(string name, ProjectDirectory project, string source)
    {
        var parts = name.Split('/');
        if (parts.Any(part => part.Length == 0) || parts.Length > 3 || (parts.Length == 3 && parts[1] != project.Name))
        {
            throw new FormatException($"{source} selects '{name}', which is not a stack of project '{project.Name}' (allowed: a bare name, org/stack, or org/{project.Name}/stack)");
        }

        return parts[^1];
    }
}
