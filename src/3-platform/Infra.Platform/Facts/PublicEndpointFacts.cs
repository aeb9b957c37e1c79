namespace Infra.Platform.Facts;

/// <summary>
/// What makes an endpoint public, per cloud and controller, and why that matters in mainland China:
/// a service reachable from the internet through a server in the Chinese mainland needs an ICP
/// filing before it may serve, and Alibaba Cloud blocks a domain resolved to its mainland servers
/// without one.
/// </summary>
public static class PublicEndpointFacts
{
    /// <summary>
    /// The ICP filing requirement. Alibaba Cloud ICP Filing, "What is an ICP filing"
    /// (alibabacloud.com/help/en/icp-filing/product-overview/what-is-an-icp-filing): under the Measures for
    /// the Administration of Internet Information Services (State Council, MIIT-administered), "websites,
    /// apps, and other services with domain names resolving to servers in the Chinese mainland must
    /// obtain an ICP filing before providing services"; without one, "the Alibaba Cloud monitoring
    /// system blocks access to the domain name". The filing is made through the cloud provider that
    /// hosts the server (ICP Filing, "Limits"; on AWS China, through the operators Sinnet and NWCD [unverified]).
    /// </summary>
    public static Fact<string> IcpFilingRequired { get; } = new(
        "public endpoints in mainland China need an ICP filing before they serve",
        "Alibaba Cloud ICP Filing documentation, 'What is an ICP filing' and 'Limits' (alibabacloud.com/help/en/icp-filing); Measures for the Administration of Internet Information Services");

    /// <summary>
    /// ACK's cloud controller manager makes an Internet-facing CLB for a LoadBalancer Service unless this
    /// annotation is <c>intranet</c> (default <c>internet</c>). ACK docs, "Use annotations to configure CLB
    /// instances" (alibabacloud.com/help/en/ack/…/add-annotations-to-the-yaml-file-of-a-service-to-configure-clb-instances).
    /// The legacy <c>alicloud-</c> prefix is still honoured (same page).
    /// </summary>
    public static Fact<string> AckAddressTypeAnnotation { get; } = new(
        "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type",
        "ACK documentation, 'Use annotations to configure CLB instances': internet (default) or intranet");

    public static Fact<string> AckLegacyAddressTypeAnnotation { get; } = new(
        "service.beta.kubernetes.io/alicloud-loadbalancer-address-type",
        "ACK documentation, 'Use annotations to configure CLB instances': the alicloud prefix remains supported");

    /// <summary>
    /// EKS: the AWS Load Balancer Controller's scheme annotation (<c>internal</c> or <c>internet-facing</c>),
    /// and the in-tree controller's <c>aws-load-balancer-internal: "true"</c>. Which one applies depends
    /// on the controller that serves the Service; without either, the in-tree controller makes an
    /// internet-facing load balancer [unverified: read from the AWS Load Balancer Controller docs'
    /// annotation tables, not checked here].
    /// </summary>
    public static Fact<string> AwsSchemeAnnotation { get; } = new(
        "service.beta.kubernetes.io/aws-load-balancer-scheme",
        "AWS Load Balancer Controller documentation, Service annotations [unverified here; settle by reading docs/guide/service/annotations.md of kubernetes-sigs/aws-load-balancer-controller]",
        Verified: false);

    public static Fact<string> AwsInternalAnnotation { get; } = new(
        "service.beta.kubernetes.io/aws-load-balancer-internal",
        "Kubernetes in-tree AWS cloud provider, Service annotations [unverified here; settle by reading the cloud-provider-aws annotation list]",
        Verified: false);

    /// <summary>The AWS Load Balancer Controller's Ingress scheme annotation (<c>internal</c> or <c>internet-facing</c>; default internal).</summary>
    public static Fact<string> AwsIngressSchemeAnnotation { get; } = new(
        "alb.ingress.kubernetes.io/scheme",
        "AWS Load Balancer Controller documentation, Ingress annotations [unverified here; settle by reading docs/guide/ingress/annotations.md of kubernetes-sigs/aws-load-balancer-controller]",
        Verified: false);

    public static IReadOnlyList<FactEntry> All { get; } =
    [
        new(nameof(IcpFilingRequired), IcpFilingRequired.Value, IcpFilingRequired.Source, IcpFilingRequired.Verified),
        new(nameof(AckAddressTypeAnnotation), AckAddressTypeAnnotation.Value, AckAddressTypeAnnotation.Source, AckAddressTypeAnnotation.Verified),
        new(nameof(AckLegacyAddressTypeAnnotation), AckLegacyAddressTypeAnnotation.Value, AckLegacyAddressTypeAnnotation.Source, AckLegacyAddressTypeAnnotation.Verified),
        new(nameof(AwsSchemeAnnotation), AwsSchemeAnnotation.Value, AwsSchemeAnnotation.Source, AwsSchemeAnnotation.Verified),
        new(nameof(AwsInternalAnnotation), AwsInternalAnnotation.Value, AwsInternalAnnotation.Source, AwsInternalAnnotation.Verified),
        new(nameof(AwsIngressSchemeAnnotation), AwsIngressSchemeAnnotation.Value, AwsIngressSchemeAnnotation.Source, AwsIngressSchemeAnnotation.Verified),
    ];
}
