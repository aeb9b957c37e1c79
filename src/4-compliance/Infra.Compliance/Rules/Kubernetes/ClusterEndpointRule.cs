namespace Infra.Compliance.Rules.Kubernetes;

/// <summary>
/// MLC-K8S-001: a cluster's API endpoint is private, or public only to listed CIDRs. EKS: with
/// <c>vpcConfig.endpointPublicAccess</c> unset or true (the default is true), <c>publicAccessCidrs</c>
/// must list ranges, none of them 0.0.0.0/0 or ::/0 (EKS defaults it to 0.0.0.0/0). ACK's allow-list
/// is an access control list on the API server load balancer's listener (ACK, "Configure access
/// control policies for the API server"), not an input of the cluster, and the platform does not
/// build it, so the load balancer must not face the internet:
/// <c>slbInternetEnabled: false</c> (it defaults to true) and no public endpoint in
/// <c>controlPlaneEndpointsConfig</c>.
/// </summary>
public sealed class ClusterEndpointRule() : PerTokenRule(ComplianceCatalog.ClusterEndpoint)
{
    private static readonly string[] Anywhere = ["0.0.0.0/0", "::/0"];

    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Clusters.Checks(Eks, Ack);

    /// <summary>EKS: the public endpoint off, or on only to listed CIDRs that are not anywhere.</summary>
    private static IEnumerable<string> Eks(Resource resource, ComplianceContext context)
    {
        var publicAccess = PropertyValues.At(resource.Properties, "vpcConfig.endpointPublicAccess");
        if (PropertyValues.Flag(publicAccess) == false)
        {
            yield break;
        }

        var cidrs = PropertyValues.At(resource.Properties, "vpcConfig.publicAccessCidrs");
        var why = publicAccess is null ? "the public endpoint is on (endpointPublicAccess defaults to true)" : "the public endpoint is on";
        if (cidrs is null || PropertyValues.Items(cidrs).Count == 0)
        {
            yield return $"{why} and publicAccessCidrs is not set, so EKS opens it to 0.0.0.0/0";
        }
        else if (PropertyValues.IsComputed(cidrs) || PropertyValues.Items(cidrs).Any(PropertyValues.IsComputed))
        {
            yield return $"{why} and publicAccessCidrs is computed, so who may reach it cannot be proven";
        }
        else if (PropertyValues.Texts(cidrs).Intersect(Anywhere).FirstOrDefault() is { } open)
        {
            yield return $"{why} to {open}";
        }
    }

    /// <summary>ACK: no allow-list the program can show, so no internet-facing API server load balancer at all.</summary>
    private static IEnumerable<string> Ack(Resource resource, ComplianceContext context)
    {
        var internet = resource.Properties["slbInternetEnabled"];
        if (PropertyValues.Flag(internet) != false)
        {
            yield return internet is null
                ? "creates an internet-facing API server load balancer (slbInternetEnabled defaults to true); set it to false"
                : $"slbInternetEnabled is {PropertyValues.Describe(internet)}; the program builds no access list on the API server's load balancer, so it must be false";
        }

        var endpoints = PropertyValues.Items(PropertyValues.At(resource.Properties, "controlPlaneEndpointsConfig.loadBalancersConfigs"));
        if (endpoints.Any(endpoint => PropertyValues.Text(PropertyValues.At(endpoint, "endpointType")) == "public"))
        {
            yield return "controlPlaneEndpointsConfig has a public endpoint";
        }
    }
}
