using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;

namespace Infra.Compliance.Rules.Network;

/// <summary>
/// MLC-NET-002: every VPC records its traffic. AWS: an <c>aws:ec2/flowLog</c> with <c>vpcId</c> of the
/// VPC and <c>trafficType</c> ALL or REJECT. Alibaba Cloud: an <c>alicloud:vpc/flowLog</c> with
/// <c>resourceType: VPC</c>, <c>resourceId</c> of the VPC, <c>trafficType</c> All or Drop, and not Inactive.
/// </summary>
public sealed class FlowLogsRule : TypedResourceRule
{
    public override RuleMetadata Metadata { get; } = RuleMetadata.Compliance(
        "MLC-NET-002",
        Severity.Error,
        "Every VPC has flow logs",
        "Flow logs are the only record of which addresses talked to the cluster and its data.",
        Rules.Governance.Accountability,
        [
            ControlReference.Fsbp("EC2.6", "VPC flow logging should be enabled in all VPCs"),
            ControlReference.CisAlibaba("3.3", "Ensure VPC flow logging is enabled in all VPCs"),
        ]);

    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.AwsVpc, ResourceTypes.AlicloudVpc);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var logged = resource.Type == ResourceTypes.AwsVpc
            ? context.Attached(resource, ResourceTypes.Set(ResourceTypes.AwsFlowLog), "vpcId")
                .Any(log => PropertyValues.Text(log.Properties["trafficType"]) is "ALL" or "REJECT")
            : context.Attached(resource, ResourceTypes.Set(ResourceTypes.AlicloudFlowLog), "resourceId")
                .Any(log => PropertyValues.Text(log.Properties["resourceType"]) == "VPC"
                            && PropertyValues.Text(log.Properties["trafficType"]) is "All" or "Drop"
                            && PropertyValues.Text(log.Properties["status"]) != "Inactive");
        if (!logged)
        {
            yield return $"has no flow log that records rejected traffic ({(resource.Type == ResourceTypes.AwsVpc ? ResourceTypes.AwsFlowLog : ResourceTypes.AlicloudFlowLog)})";
        }
    }
}
