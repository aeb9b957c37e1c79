using Infra.Platform.Facts;
namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-NET-001: a program that hides its cluster's API (EKS <c>endpointPublicAccess: false</c>, ACK
/// <c>slbInternetEnabled: false</c>) and sends Kubernetes objects to it also builds the deploying
/// runner's path to that API, and its Kubernetes provider waits for the path. Otherwise the first
/// <c>pulumi up</c> creates the network and the cluster, then fails every Kubernetes resource with
/// "cluster unreachable" and leaves the stack half-built: no runner can be in, or routed to, a VPC
/// that did not exist when the update started, and the EKS cluster security group admits only itself.
/// The path is, on AWS, a route to a transit gateway and an ingress rule on the API server's port from
/// that route's range; on Alibaba Cloud, a route to a CEN transit router attachment.
/// </summary>
public sealed class PrivateApiPathRule() : TypedResourceRule(DeployabilityCatalog.PrivateApiPath)
{
    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.KubernetesProvider);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var privateEks = context.OfType(ResourceTypes.Set(ResourceTypes.EksCluster))
            .Any(cluster => PropertyValues.Flag(PropertyValues.At(cluster.Properties, "vpcConfig.endpointPublicAccess")) == false);
        var privateAck = context.OfType(ResourceTypes.Set(ResourceTypes.AckCluster))
            .Any(cluster => PropertyValues.Flag(cluster.Properties["slbInternetEnabled"]) == false);
        if (!privateEks && !privateAck)
        {
            yield break;
        }

        var waitsFor = Closure(resource);
        if (privateEks && AwsPathIn(waitsFor) is { } awsProblem)
        {
            yield return $"the EKS API is private and {awsProblem}; set ml-platform:deployNetwork (docs/bootstrap.md, 'A path to the cluster API')";
        }

        if (privateAck && !waitsFor.Any(IsTransitRouterRoute))
        {
            yield return "the ACK API is private and the provider waits for no route to a CEN transit router attachment; set ml-platform:deployNetwork (docs/bootstrap.md, 'A path to the cluster API')";
        }
    }

    /// <summary>Why the AWS path is missing, or null: a transit-gateway route to a range, and the API port admitted from that same range.</summary>
    private static string? AwsPathIn(IReadOnlyCollection<Resource> waitsFor)
    {
        var routed = waitsFor.Where(dependency => dependency.Type == ResourceTypes.AwsRoute && PropertyValues.Text(dependency.Properties["transitGatewayId"]) is not null)
            .Select(route => PropertyValues.Text(route.Properties["destinationCidrBlock"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (routed.Count == 0)
        {
            return "the provider waits for no route to a transit gateway";
        }

        var admitted = waitsFor.Where(dependency => dependency.Type == ResourceTypes.AwsIngressRule && AdmitsApiPort(dependency))
            .Select(rule => PropertyValues.Text(rule.Properties["cidrIpv4"])).OfType<string>();
        return admitted.Any(routed.Contains)
            ? null
            : $"no ingress rule the provider waits for admits port {DeployPathFacts.ApiServerPort} from a routed range ({string.Join(", ", routed.Order(StringComparer.Ordinal))})";
    }

    private static bool AdmitsApiPort(Resource rule) =>
        PropertyValues.Text(rule.Properties["ipProtocol"]) == "-1"
        || (PropertyValues.Text(rule.Properties["ipProtocol"]) == "tcp"
            && PropertyValues.Number(rule.Properties["fromPort"]) <= DeployPathFacts.ApiServerPort
            && PropertyValues.Number(rule.Properties["toPort"]) >= DeployPathFacts.ApiServerPort);

    private static bool IsTransitRouterRoute(Resource dependency) =>
        dependency.Type == ResourceTypes.AlicloudRouteEntry && PropertyValues.Text(dependency.Properties["nexthopType"]) == DeployPathFacts.TransitRouterNextHop;

    /// <summary>Every resource <paramref name="resource"/> waits for through <c>dependsOn</c>, at any depth.</summary>
    private static HashSet<Resource> Closure(Resource resource)
    {
        var seen = new HashSet<Resource>();
        var pending = new Stack<Resource>(resource.Options.DependsOn);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var dependency in next.Options.DependsOn)
                {
                    pending.Push(dependency);
                }
            }
        }

        return seen;
    }
}
