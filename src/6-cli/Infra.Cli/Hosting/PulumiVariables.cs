namespace Infra.Cli.Hosting;

/// <summary>The variables Pulumi's YAML host sets when it runs the compiler for a preview or update.</summary>
public static class PulumiVariables
{
    public const string Stack = "PULUMI_STACK";
    public const string Project = "PULUMI_PROJECT";
    public const string Organization = "PULUMI_ORGANIZATION";

    /// <summary>JSON object from full config key to string. Present only during Run (preview/update/destroy).</summary>
    public const string Config = "PULUMI_CONFIG";
    public const string RootDirectory = "PULUMI_ROOT_DIRECTORY";
}
