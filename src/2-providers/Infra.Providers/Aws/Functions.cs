namespace Infra.Providers.Aws;

/// <summary>Provider functions (invokes) of the aws package, by token.</summary>
public static class AwsFunctions
{
    /// <summary>Looks up a VPC endpoint service; its <c>serviceName</c> is partition-correct (aws-cn too).</summary>
    public const string GetVpcEndpointService = "aws:ec2/getVpcEndpointService:getVpcEndpointService";

    /// <summary>The account the provider's credentials belong to (<c>accountId</c>); no arguments.</summary>
    public const string GetCallerIdentity = "aws:index/getCallerIdentity:getCallerIdentity";
}
