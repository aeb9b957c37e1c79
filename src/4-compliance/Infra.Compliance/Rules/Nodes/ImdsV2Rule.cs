namespace Infra.Compliance.Rules.Nodes;

/// <summary>
/// MLC-NOD-001: nodes require IMDSv2 (session tokens) for instance metadata. EC2 launch templates:
/// <c>metadataOptions.httpTokens: required</c> (or the endpoint disabled). EKS node groups: their
/// launch template is in the program (and judged there). ACK node pools:
/// <c>instanceMetadataOptions.httpTokens: required</c> (hardened mode).
/// </summary>
public sealed class ImdsV2Rule() : PerTokenRule(ComplianceCatalog.ImdsV2)
{
    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } =
        NodeLaunchTemplates.Checks("metadataOptions.httpTokens", LaunchTemplate, AckNodePool);

    private static IEnumerable<string> LaunchTemplate(Resource resource, ComplianceContext context)
    {
        var options = resource.Properties["metadataOptions"];
        return PropertyValues.Text(PropertyValues.At(options, "httpEndpoint")) != "disabled"
               && PropertyValues.Text(PropertyValues.At(options, "httpTokens")) != "required"
            ? [$"metadataOptions.httpTokens is {PropertyValues.Describe(PropertyValues.At(options, "httpTokens"))}, not 'required' (the default is 'optional')"]
            : [];
    }

    private static IEnumerable<string> AckNodePool(Resource resource, ComplianceContext context)
    {
        var tokens = PropertyValues.At(resource.Properties, "instanceMetadataOptions.httpTokens");
        return PropertyValues.Text(tokens) != "required"
            ? [$"instanceMetadataOptions.httpTokens is {PropertyValues.Describe(tokens)}, not 'required' (the default is 'optional')"]
            : [];
    }
}
