using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>A service principal IAM accepts in a partition, and where that was read.</summary>
internal sealed record ServicePrincipal(string Name, string Source, bool Verified = true);

/// <summary>
/// The service principals the platform's trust policies may name, per AWS partition. IAM accepts a
/// policy with a principal it does not know for some services and refuses it for others
/// (<c>eks.amazonaws.com.cn</c>: "Invalid principal"); a list of known ones refuses both.
/// EKS's principal is <see cref="AwsPartitionFacts.EksPrincipal"/>; EC2's follows the partition's
/// DNS suffix.
/// </summary>
internal static class ServicePrincipals
{
    public static IReadOnlyList<ServicePrincipal> For(AwsPartitionFacts partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return
        [
            new(partition.EksPrincipal.Value, partition.EksPrincipal.Source),
            new($"ec2.{partition.DnsSuffix.Value}",
                "EKS refuses a node role without ec2.<partition DNS suffix> (pulumi/pulumi-eks #796: 'Following required service principals [ec2.amazonaws.com.cn] were not found'; terraform-aws-eks #827, #3389)"),
            new("s3.amazonaws.com", "Amazon S3 User Guide, 'Setting up permissions for live replication' (trust s3.amazonaws.com)", Verified: partition.Name == "aws"),
            new("logging.s3.amazonaws.com", "Amazon S3 User Guide, 'Enabling Amazon S3 server access logging' (bucket policy principal logging.s3.amazonaws.com)", Verified: partition.Name == "aws"),
            new("vpc-flow-logs.amazonaws.com", "Amazon VPC User Guide, 'IAM role for publishing flow logs to CloudWatch Logs' (trust vpc-flow-logs.amazonaws.com)", Verified: partition.Name == "aws"),
            new("delivery.logs.amazonaws.com", "Amazon VPC User Guide, 'Publish flow logs to Amazon S3' (bucket policy principal delivery.logs.amazonaws.com)", Verified: partition.Name == "aws"),
            new("pods.eks.amazonaws.com", "Amazon EKS User Guide, 'Create an IAM role for EKS Pod Identity' (trust pods.eks.amazonaws.com)", Verified: partition.Name == "aws"),
        ];
    }

    /// <summary>What stays unverified for the China partition: said in the rule's fact source.</summary>
    public const string ChinaCaveat =
        "[unverified] for aws-cn the S3, logging, flow-log and Pod Identity principals are taken to be the commercial names (no .cn suffix); a trust policy applied in a China account would settle each";
}
