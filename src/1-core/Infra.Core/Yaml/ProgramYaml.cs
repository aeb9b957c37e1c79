using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Core.Yaml;

/// <summary>Loads the text of a Pulumi YAML program into its top-level map, for every reader of programs.</summary>
public static class ProgramYaml
{
    /// <exception cref="FormatException">The text is not YAML, or its first document is not a map.</exception>
    public static YamlMappingNode LoadRoot(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new FormatException($"{sourceName}: not valid YAML: {error.Message}", error);
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new FormatException($"{sourceName}: not a Pulumi YAML program");
    }
}
