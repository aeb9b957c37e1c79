using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;

namespace Infra.Compliance.Rules.Nodes;

/// <summary>
/// MLC-NOD-001: nodes require IMDSv2 (session tokens) for instance metadata. EC2 launch templates:
/// <c>metadataOptions.httpTokens: required</c> (or the endpoint disabled). EKS node groups: their
/// launch template is in the program (and judged there). ACK node pools:
/// <c>instanceMetadataOptions.httpTokens: required</c> (hardened mode).
/// </summary>
public sealed class ImdsV2Rule : TypedResourceRule
{
    public override RuleMetadata Metadata { get; } = RuleMetadata.Compliance(
        "MLC-NOD-001",
        Severity.Error,
        "Nodes require IMDSv2",
        "IMDSv1 answers any request from the node, so one SSRF in a pod hands out the node role's credentials.",
        Rules.Governance.ClusterIsolation,
        [
            ControlReference.Fsbp("EC2.8", "EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)"),
            ControlReference.Fsbp("EC2.170", "EC2 launch templates should use Instance Metadata Service Version 2 (IMDSv2)"),
        ]);

    public override IReadOnlySet<string> Types => NodeLaunchTemplates.Types;

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        switch (resource.Type)
        {
            case ResourceTypes.LaunchTemplate:
                var options = resource.Properties["metadataOptions"];
                if (PropertyValues.Text(PropertyValues.At(options, "httpEndpoint")) != "disabled"
                    && PropertyValues.Text(PropertyValues.At(options, "httpTokens")) != "required")
                {
                    yield return $"metadataOptions.httpTokens is {PropertyValues.Describe(PropertyValues.At(options, "httpTokens"))}, not 'required' (the default is 'optional')";
                }

                break;
            case ResourceTypes.EksNodeGroup when NodeLaunchTemplates.Unprovable(resource, context, "metadataOptions.httpTokens") is { } why:
                yield return why;
                break;
            case ResourceTypes.AckNodePool:
                var tokens = PropertyValues.At(resource.Properties, "instanceMetadataOptions.httpTokens");
                if (PropertyValues.Text(tokens) != "required")
                {
                    yield return $"instanceMetadataOptions.httpTokens is {PropertyValues.Describe(tokens)}, not 'required' (the default is 'optional')";
                }

                break;
        }
    }
}
