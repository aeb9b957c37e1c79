using Infra.Platform;
using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Network;

/// <summary>
/// MLC-NET-003: in a China stack, every public load balancer or ingress is a warning that it needs an
/// ICP filing before it serves (<see cref="PublicEndpointFacts.IcpFilingRequired"/>): the platform
/// cannot know whether the team has one, so it says so instead of failing. Judges Kubernetes
/// LoadBalancer Services without an internal annotation and Ingresses, AWS load balancers that are not
/// <c>internal</c>, Alibaba Cloud CLB/ALB/NLB with an Internet address, and EIPs bound to a CLB.
/// Not seen: load balancers a Helm chart creates inside the cluster.
/// </summary>
public sealed class IcpFilingRule() : ResourceRule(ComplianceCatalog.IcpFiling)
{
    public const string KubernetesService = "kubernetes:core/v1:Service";
    public const string KubernetesIngress = "kubernetes:networking.k8s.io/v1:Ingress";

    private static readonly IReadOnlySet<string> AwsLoadBalancers = ResourceTypes.Set(
        "aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer", "aws:elb/loadBalancer:LoadBalancer");

    // addressType: internet|intranet on CLB (slb), Internet|Intranet on ALB and NLB (@pulumi/alicloud 3.108.0 .d.ts).
    private static readonly IReadOnlySet<string> AlicloudLoadBalancers = ResourceTypes.Set(
        "alicloud:slb/loadBalancer:LoadBalancer", "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
        "alicloud:alb/loadBalancer:LoadBalancer", "alicloud:nlb/loadBalancer:LoadBalancer");

    private const string EipAssociation = "alicloud:ecs/eipAssociation:EipAssociation";

    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        context.Environment.Jurisdiction == Jurisdiction.China
        && (resource.Type is KubernetesService or KubernetesIngress or EipAssociation
            || AwsLoadBalancers.Contains(resource.Type) || AlicloudLoadBalancers.Contains(resource.Type));

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var properties = resource.Properties;
        var what = resource.Type switch
        {
            KubernetesService => PublicService(properties),
            KubernetesIngress => PublicIngress(properties),
            EipAssociation when PropertyValues.Text(properties["instanceType"]) == "SlbInstance" => "an EIP bound to a CLB instance",
            EipAssociation => null,
            _ when AwsLoadBalancers.Contains(resource.Type) => PropertyValues.Flag(properties["internal"]) switch
            {
                true => null,
                false => "an internet-facing load balancer (internal: false)",
                // Unset is false (aws lb/loadBalancer.d.ts: "Defaults to false"); computed cannot be proven internal.
                null => PropertyValues.IsComputed(properties["internal"]) ? "a load balancer whose internal flag is computed" : "an internet-facing load balancer (internal unset: false)",
            },
            _ => PropertyValues.Text(properties["addressType"]) switch
            {
                { } type when type.Equals("internet", StringComparison.OrdinalIgnoreCase) => $"a load balancer with addressType {type}",
                { } => null,
                _ when PropertyValues.IsComputed(properties["addressType"]) => "a load balancer whose addressType is computed",
                _ => null,
            },
        };
        if (what is not null)
        {
            yield return $"{what} is a public endpoint in mainland China; it needs an ICP filing before it serves "
                + $"({PublicEndpointFacts.IcpFilingRequired.Source}). File one for its domain, or keep it internal";
        }
    }

    private static string? PublicService(MapValue properties)
    {
        if (PropertyValues.Text(PropertyValues.At(properties, "spec.type")) != "LoadBalancer")
        {
            return null;
        }

        var annotations = PropertyValues.At(properties, "metadata.annotations") as MapValue;
        string? Annotation(string key) => annotations is null ? null : PropertyValues.Text(annotations[key]);
        var internalOnly = Annotation(PublicEndpointFacts.AckAddressTypeAnnotation) == "intranet"
                           || Annotation(PublicEndpointFacts.AckLegacyAddressTypeAnnotation) == "intranet"
                           || Annotation(PublicEndpointFacts.AwsSchemeAnnotation) == "internal"
                           || Annotation(PublicEndpointFacts.AwsInternalAnnotation) == "true";
        return internalOnly
            ? null
            : $"a LoadBalancer Service without an internal annotation ({PublicEndpointFacts.AckAddressTypeAnnotation.Value}: intranet on ACK, {PublicEndpointFacts.AwsSchemeAnnotation.Value}: internal on EKS)";
    }

    private static string? PublicIngress(MapValue properties)
    {
        var annotations = PropertyValues.At(properties, "metadata.annotations") as MapValue;
        return annotations is not null && PropertyValues.Text(annotations[PublicEndpointFacts.AwsIngressSchemeAnnotation]) == "internal"
            ? null
            : "an Ingress (public unless its controller makes it internal)";
    }
}
