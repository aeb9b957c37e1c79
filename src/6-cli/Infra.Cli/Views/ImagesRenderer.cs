using System.Globalization;
using System.Text;
using System.Text.Json;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Stacks.Supply;

namespace Infra.Cli.Views;

/// <summary>
/// The forms of <c>infra images</c>: a table for a person, versioned JSON for a job, and the two
/// lists a mirroring job feeds to its copier (a <c>skopeo sync --src yaml --scoped</c> file; source
/// and target per line for <c>crane copy</c>). Only mirrored images are in the copier's lists: an
/// image pulled from where it lives (the cloud's own regional registry) is not copied.
/// </summary>
public static class ImagesRenderer
{
    /// <summary>The version of the JSON shape (docs/mirrors.md); a change of shape gets a new one.</summary>
    public const int JsonVersion = 1;

    public static string Text(ImageInventory inventory, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(environment);
        var text = new StringBuilder();
        var mirror = inventory.Images.Mirror;
        text.Append(CultureInfo.InvariantCulture, $"Stack {environment.StackName} ({EnvironmentNames.Of(environment.Cloud)} {environment.Region.Code}, {EnvironmentNames.Of(environment.Jurisdiction)}): ")
            .AppendLine(mirror is null ? "no registry mirror, everything from upstream" : $"mirror {mirror.Registry}, charts {mirror.Charts}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Charts ({inventory.Charts.Length})");
        foreach (var chart in inventory.Charts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {chart.Repository} {chart.Name} {chart.Version}")
                .AppendLine(CultureInfo.InvariantCulture, $"    -> {(chart.Mirrored ? $"{chart.Target} {chart.Version}" : "upstream")}  ({string.Join(", ", chart.Releases)})");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Images ({inventory.ImageList.Length})");
        foreach (var image in inventory.ImageList)
        {
            var source = image.Source?.ToString() ?? "(not in the image catalog)";
            var target = image.Mirrored ? image.Target : image.Source is null || image.Target == source ? "not mirrored" : $"not mirrored: {image.Target}";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {source}")
                .AppendLine(CultureInfo.InvariantCulture, $"    -> {target}  ({string.Join(", ", image.UsedBy)})");
        }

        return text.ToString();
    }

    public static string Json(ImageInventory inventory, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(environment);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", JsonVersion);
            json.WriteString("stack", environment.StackName);
            json.WriteString("cloud", EnvironmentNames.Of(environment.Cloud));
            json.WriteString("region", environment.Region.Code);
            json.WriteString("jurisdiction", EnvironmentNames.Of(environment.Jurisdiction));
            if (inventory.Images.Mirror is { } mirror)
            {
                json.WriteStartObject("mirror");
                json.WriteString("registry", mirror.Registry);
                json.WriteString("charts", mirror.Charts);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("mirror");
            }

            json.WriteStartArray("charts");
            foreach (var chart in inventory.Charts)
            {
                json.WriteStartObject();
                json.WriteString("name", chart.Name);
                json.WriteString("version", chart.Version);
                json.WriteString("repository", chart.Repository);
                json.WriteString("target", chart.Target);
                json.WriteBoolean("mirrored", chart.Mirrored);
                Strings(json, "releases", chart.Releases);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("images");
            foreach (var image in inventory.ImageList)
            {
                json.WriteStartObject();
                if (image.Source is null)
                {
                    json.WriteNull("source");
                }
                else
                {
                    json.WriteString("source", image.Source.ToString());
                }

                json.WriteString("target", image.Target);
                json.WriteBoolean("mirrored", image.Mirrored);
                Strings(json, "usedBy", image.UsedBy);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// A source file for <c>skopeo sync --src yaml --dest docker --scoped FILE &lt;registry&gt;</c>: upstream
    /// registry → repository → tags. With <c>--scoped</c> skopeo writes each image to
    /// <c>&lt;registry&gt;/&lt;upstream host&gt;/&lt;path&gt;:&lt;tag&gt;</c>, where the stack pulls it (<see cref="Platform.Supply.RegistryMirror"/>).
    /// </summary>
    public static string Skopeo(ImageInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var mirror = inventory.Images.Mirror ?? throw new InvalidOperationException("no mirror");
        var text = new StringBuilder()
            .AppendLine("# Images to mirror, generated by `infra images --format skopeo`; copy them with")
            .AppendLine(CultureInfo.InvariantCulture, $"#   skopeo sync --src yaml --dest docker --scoped <this file> {mirror.Registry}");
        foreach (var registry in Mirrored(inventory).GroupBy(image => image.Registry, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{registry.Key}:").AppendLine("  images:");
            foreach (var repository in registry.GroupBy(image => image.Repository, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {repository.Key}:");
                foreach (var tag in repository.Select(image => image.Tag).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      - \"{tag}\"");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>One <c>source target</c> pair per line, for <c>crane copy</c> or <c>skopeo copy</c>.</summary>
    public static string Copy(ImageInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var text = new StringBuilder();
        foreach (var image in inventory.ImageList.Where(image => image.Mirrored && image.Source is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{image.Source} {image.Target}");
        }

        return text.ToString();
    }

    private static IEnumerable<Platform.Supply.ImageReference> Mirrored(ImageInventory inventory) =>
        inventory.ImageList.Where(image => image.Mirrored && image.Source is not null).Select(image => image.Source!);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
