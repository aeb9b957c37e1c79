namespace Infra.Components.Facts;

/// <summary>
/// What differs, and what does not, between the AWS partitions the platform uses (<c>aws</c> and
/// <c>aws-cn</c>). Components read principals, audiences and ARNs from here and repeat none of them.
/// </summary>
public sealed record AwsPartitionFacts(string Name, Fact<string> DnsSuffix)
{
    public static AwsPartitionFacts Commercial { get; } = new("aws",
        new("amazonaws.com", "AWS General Reference, 'Service endpoints'"));

    public static AwsPartitionFacts China { get; } = new("aws-cn",
        new("amazonaws.com.cn", "Amazon Web Services in China, 'Endpoints and ARNs' (docs.amazonaws.cn)"));

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
}
