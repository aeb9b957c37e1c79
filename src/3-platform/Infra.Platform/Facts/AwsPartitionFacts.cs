namespace Infra.Platform.Facts;

/// <summary>
/// What differs, and what does not, between the AWS partitions the platform uses (<c>aws</c> and
/// <c>aws-cn</c>). Components read principals, audiences and ARNs from here and repeat none of them.
/// </summary>
public sealed record AwsPartitionFacts(string Name, Fact<string> DnsSuffix, Fact<string> Ec2Principal)
{
    public static AwsPartitionFacts Commercial { get; } = new("aws",
        new("amazonaws.com", "AWS General Reference, 'Service endpoints'"),
        new("ec2.amazonaws.com", "Amazon EKS User Guide, 'Amazon EKS node IAM role' (create-node-role: trust policy Principal.Service ec2.amazonaws.com)"));

    /// <summary>
    /// China. The EC2 principal keeps the partition suffix: EKS refused a node group in cn-northwest-1
    /// whose role trusted only <c>ec2.amazonaws.com</c> ("Following required service principals
    /// [ec2.amazonaws.com.cn] were not found in the trust relationships of nodeRole",
    /// awslabs/cdk-eks-blueprints #558), and terraform-aws-eks added the China form for its worker
    /// role for the same reason (PR #827). Unlike EKS's own principal, it follows the DNS suffix.
    /// </summary>
    public static AwsPartitionFacts China { get; } = new("aws-cn",
        new("amazonaws.com.cn", "Amazon Web Services in China, 'Endpoints and ARNs' (docs.amazonaws.cn)"),
        new("ec2.amazonaws.com.cn",
            "awslabs/cdk-eks-blueprints #558 (EKS CreateNodegroup in cn-northwest-1: required service principal ec2.amazonaws.com.cn); terraform-aws-modules/terraform-aws-eks PR #827 (ec2.amazonaws.com.cn for aws-cn worker roles)"));

    public static IReadOnlyList<AwsPartitionFacts> All { get; } = [Commercial, China];

    public static AwsPartitionFacts For(string partition) => partition switch
    {
        "aws" => Commercial,
        "aws-cn" => China,
        _ => throw new ArgumentOutOfRangeException(nameof(partition), partition, "partitions: aws, aws-cn"),
    };

    /// <summary>
    /// The EKS service principal: <c>eks.amazonaws.com</c> in every partition. IAM refuses
    /// <c>eks.amazonaws.com.cn</c> as an invalid principal (terraform-aws-eks #1904, #2263; the module
    /// dropped the partition suffix in 6b40bdbb and trusts <c>eks.amazonaws.com</c> everywhere).
    /// </summary>
    public Fact<string> EksPrincipal { get; } = new("eks.amazonaws.com",
        "terraform-aws-eks issues #1904 and #2263 (IAM: Invalid principal eks.amazonaws.com.cn); terraform-aws-eks main.tf, commit 6b40bdbb");

    /// <summary>
    /// The audience of the projected service-account tokens IRSA exchanges: <c>sts.amazonaws.com</c>
    /// in every partition, China included (the EKS pod identity webhook's default).
    /// </summary>
    public Fact<string> IrsaAudience { get; } = new("sts.amazonaws.com",
        "terraform-aws-eks issues #1704 and #2700 (cn-northwest-1: 'Incorrect token audience' with sts.amazonaws.com.cn); eksctl #1910; terraform-aws-eks main.tf");

    /// <summary>The partition's ARN prefix, <c>arn:aws-cn</c> in China.</summary>
    public string Arn(string service, string region, string account, string resource) => $"arn:{Name}:{service}:{region}:{account}:{resource}";

    /// <summary>
    /// An AWS managed policy's ARN. Some live under a path (<c>service-role/AmazonEBSCSIDriverPolicy</c>):
    /// give the path with the name.
    /// </summary>
    public string ManagedPolicyArn(string pathAndName) => $"arn:{Name}:iam::aws:policy/{pathAndName}";

    /// <summary>
    /// An EKS access policy's ARN (<c>arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy</c>;
    /// Amazon EKS User Guide, 'Review access policy permissions', access-policy-reference).
    /// </summary>
    public string EksAccessPolicyArn(string policy) => $"arn:{Name}:eks::aws:cluster-access-policy/{policy}";

    /// <summary>The facts as a table, for the test that every fact names its source.</summary>
    public IReadOnlyList<FactEntry> Entries() =>
    [
        new($"{Name}.DnsSuffix", DnsSuffix.Value, DnsSuffix.Source, DnsSuffix.Verified),
        new($"{Name}.Ec2Principal", Ec2Principal.Value, Ec2Principal.Source, Ec2Principal.Verified),
        new($"{Name}.EksPrincipal", EksPrincipal.Value, EksPrincipal.Source, EksPrincipal.Verified),
        new($"{Name}.IrsaAudience", IrsaAudience.Value, IrsaAudience.Source, IrsaAudience.Verified),
    ];
}
