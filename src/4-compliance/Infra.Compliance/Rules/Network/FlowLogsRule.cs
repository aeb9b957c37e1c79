namespace Infra.Compliance.Rules.Network;

/// <summary>
/// MLC-NET-002: every VPC records its traffic. AWS: an <c>aws:ec2/flowLog</c> with <c>vpcId</c> of the
/// VPC and <c>trafficType</c> ALL or REJECT. Alibaba Cloud: an <c>alicloud:vpc/flowLog</c> with
/// <c>resourceType: VPC</c>, <c>resourceId</c> of the VPC, <c>trafficType</c> All or Drop, and not Inactive.
/// </summary>
public sealed class FlowLogsRule() : PerTokenRule(ComplianceCatalog.FlowLogs)
{
    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Table(
        (ResourceTypes.AwsVpc, new(LoggedBy(ResourceTypes.AwsFlowLog, "vpcId",
            log => PropertyValues.Text(log.Properties["trafficType"]) is "ALL" or "REJECT"))),
        (ResourceTypes.AlicloudVpc, new(LoggedBy(ResourceTypes.AlicloudFlowLog, "resourceId",
            log => PropertyValues.Text(log.Properties["resourceType"]) == "VPC"
                   && PropertyValues.Text(log.Properties["trafficType"]) is "All" or "Drop"
                   && PropertyValues.Text(log.Properties["status"]) != "Inactive"))));

    /// <summary>The VPC has a flow log of <paramref name="flowLogType"/>, attached through <paramref name="property"/>, that records rejected traffic.</summary>
    private static Func<Resource, ComplianceContext, IEnumerable<string>> LoggedBy(string flowLogType, string property, Func<Resource, bool> recordsRejected) =>
        (vpc, context) => context.Attached(vpc, ResourceTypes.Set(flowLogType), property).Any(recordsRejected)
            ? []
            : [$"has no flow log that records rejected traffic ({flowLogType})"];
}
