namespace Infra.Platform.Facts;

/// <summary>
/// The service principals the platform's trust policies may name, per AWS partition. IAM accepts a
/// policy with a principal it does not know for some services and refuses it for others
/// (<c>eks.amazonaws.com.cn</c>: "Invalid principal"); a list of known ones refuses both.
/// EKS's principal is <see cref="AwsPartitionFacts.EksPrincipal"/>; EC2's follows the partition's
/// DNS suffix. Each is a fact with where it was read; the ones not checked in China say so.
/// </summary>
public static class AwsServicePrincipals
{
    public static IReadOnlyList<Fact<string>> For(AwsPartitionFacts partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var commercial = partition.Name == AwsPartitionFacts.Commercial.Name;
        return
        [
            partition.EksPrincipal,
            new($"ec2.{partition.DnsSuffix.Value}",
                "EKS refuses a node role without ec2.<partition DNS suffix> (pulumi/pulumi-eks #796: 'Following required service principals [ec2.amazonaws.com.cn] were not found'; terraform-aws-eks #827, #3389)"),
            new("s3.amazonaws.com", "Amazon S3 User Guide, 'Setting up permissions for live replication' (trust s3.amazonaws.com)", Verified: commercial),
            new("logging.s3.amazonaws.com", "Amazon S3 User Guide, 'Enabling Amazon S3 server access logging' (bucket policy principal logging.s3.amazonaws.com)", Verified: commercial),
            new("vpc-flow-logs.amazonaws.com", "Amazon VPC User Guide, 'IAM role for publishing flow logs to CloudWatch Logs' (trust vpc-flow-logs.amazonaws.com)", Verified: commercial),
            new("delivery.logs.amazonaws.com", "Amazon VPC User Guide, 'Publish flow logs to Amazon S3' (bucket policy principal delivery.logs.amazonaws.com)", Verified: commercial),
            new("pods.eks.amazonaws.com", "Amazon EKS User Guide, 'Create an IAM role for EKS Pod Identity' (trust pods.eks.amazonaws.com)", Verified: commercial),
        ];
    }

    /// <summary>What stays unverified for the China partition: said in the fact source of the rule that reads these.</summary>
    public const string ChinaCaveat =
        "[unverified] for aws-cn the S3, logging, flow-log and Pod Identity principals are taken to be the commercial names (no .cn suffix); a trust policy applied in a China account would settle each";
}
