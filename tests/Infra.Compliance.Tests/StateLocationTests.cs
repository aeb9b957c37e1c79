using Infra.Platform.State;

namespace Infra.Compliance.Tests;

/// <summary>
/// The URL forms of Pulumi's backends and secrets providers (Pulumi docs "Using a DIY backend" and
/// "Secrets"; OSS endpoints from Alibaba Cloud OSS "Regions and endpoints"), read for their place.
/// </summary>
public class StateLocationTests
{
    [Theory]
    [InlineData("s3://acme-state?region=cn-northwest-1", StateLocationKind.Region, "cn-northwest-1")]
    [InlineData("s3://acme-state/ml-platform?region=us-east-1&profile=ops", StateLocationKind.Region, "us-east-1")]
    [InlineData("s3://acme-state?endpoint=oss-cn-beijing.aliyuncs.com&region=cn-beijing", StateLocationKind.Region, "cn-beijing")]
    [InlineData("s3://acme-state?endpoint=https%3A%2F%2Foss-cn-shanghai-internal.aliyuncs.com", StateLocationKind.Region, "cn-shanghai")]
    [InlineData("s3://acme-state?endpoint=s3.oss-cn-hangzhou.aliyuncs.com", StateLocationKind.Region, "cn-hangzhou")]
    [InlineData("s3://acme-state?endpoint=minio.internal:9000", StateLocationKind.Elsewhere, null)]
    [InlineData("s3://acme-state", StateLocationKind.Elsewhere, null)]
    [InlineData("https://api.pulumi.com", StateLocationKind.PulumiCloud, null)]
    [InlineData("https://api.pulumi.acme.cn", StateLocationKind.Elsewhere, null)]
    [InlineData("file://~", StateLocationKind.Elsewhere, null)]
    [InlineData(null, StateLocationKind.Undeclared, null)]
    public void A_backend_url_says_where_the_state_is(string? url, StateLocationKind kind, string? region)
    {
        var location = StateLocation.OfBackend(url);

        Assert.Equal((kind, region), (location.Kind, location.Region));
    }

    [Theory]
    [InlineData("awskms://alias/pulumi?region=cn-north-1", StateLocationKind.Region, "cn-north-1")]
    [InlineData("awskms://arn:aws-cn:kms:cn-northwest-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", StateLocationKind.Region, "cn-northwest-1")]
    [InlineData("awskms://alias/pulumi", StateLocationKind.Elsewhere, null)]
    [InlineData("default", StateLocationKind.PulumiCloud, null)]
    [InlineData("passphrase", StateLocationKind.Elsewhere, null)]
    [InlineData("hashivault://pulumi", StateLocationKind.Elsewhere, null)]
    [InlineData(null, StateLocationKind.Undeclared, null)]
    public void A_secrets_provider_url_says_where_the_key_is(string? url, StateLocationKind kind, string? region)
    {
        var location = StateLocation.OfSecretsProvider(url);

        Assert.Equal((kind, region), (location.Kind, location.Region));
    }
}
