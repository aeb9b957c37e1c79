using Infra.Components.Security;
using Infra.Components.Storage;

namespace Infra.Components.Tests;

public class StandardTagsTests
{
    [Fact]
    public void Every_standard_tag_set_carries_the_platform_default_data_classification()
    {
        var tags = new StandardTags("team", "cc-1", Tier.Dev, "dev-test");

        Assert.Equal("internal", tags.ToDictionary()[StandardTags.DataClassificationKey]);
        Assert.Equal("internal", tags.For("network")[StandardTags.DataClassificationKey]);
    }

    [Fact]
    public void A_bucket_keeps_its_data_class_classification_over_the_default()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        _ = new StorageBucket(stack, "datasets", TestEnvironments.AwsDev, new StorageBucketArgs { Class = DataClass.Datasets });
        _ = new EncryptionKey(stack, "other", TestEnvironments.AwsDev, new EncryptionKeyArgs { Purpose = "other" });

        var template = ProgramTemplate.From(stack);
        template.HasResource("aws:s3/bucket:Bucket", "tags:\n  data-classification: confidential");
        template.HasResource("aws:kms/key:Key", "tags:\n  component: other\n  data-classification: internal");
    }

    [Fact]
    public void Typed_resources_say_whether_their_type_takes_tags()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        var key = new EncryptionKey(stack, "k", TestEnvironments.AwsDev, new EncryptionKeyArgs { Purpose = "p" });

        Assert.True(key.Resources.Single(resource => resource.Type == "aws:kms/key:Key").IsTaggable);
        Assert.False(key.Resources.Single(resource => resource.Type == "aws:kms/alias:Alias").IsTaggable);
    }
}
