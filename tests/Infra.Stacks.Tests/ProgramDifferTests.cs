using Infra.Core.Yaml;
using Infra.Stacks.Review;

namespace Infra.Stacks.Tests;

public class ProgramDifferTests
{
    [Theory]
    [InlineData("dev-global")]
    [InlineData("prod-cn")]
    public void A_graph_compares_as_its_written_program_reads_back_so_the_head_needs_no_write_and_reparse(string stack)
    {
        var graph = new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack)).Stack;

        var direct = ProgramDocument.Of(graph);
        var readBack = ProgramDocument.Parse(ProgramWriter.Write(graph), "head");

        var diff = ProgramDiffer.Compare(stack, readBack, direct);
        Assert.Empty(diff.Changes);
        Assert.Empty(diff.ProgramChanges);
        Assert.False(diff.HasChanges);
        Assert.Equal(readBack.Resources.Keys, direct.Resources.Keys);
        Assert.Equal(["config", "name", "outputs", "variables"], direct.Sections.Keys.Where(key => key != "description"));
    }

    private const string Base = """
        name: ml-platform
        resources:
          aws:
            type: pulumi:providers:aws
            properties:
              region: us-west-2
            options:
              version: "7.48.0"
          data-datasets-bucket:
            type: aws:s3/bucket:Bucket
            properties:
              bucket: acme-dev-usw2-datasets-1a2b
              tags:
                owner: ml
            options:
              protect: true
              provider: ${aws}
          platform-key-key:
            type: aws:kms/key:Key
            properties:
              deletionWindowInDays: 7
            options:
              provider: ${aws}
          old-role:
            type: aws:iam/role:Role
            properties:
              assumeRolePolicy: "{}"
        """;

    private static StackDiff Diff(string head) =>
        ProgramDiffer.Compare("dev-global", ProgramDocument.Parse(Base, "base"), ProgramDocument.Parse(head, "head"));

    [Fact]
    public void The_same_program_has_no_changes()
    {
        Assert.False(Diff(Base).HasChanges);
    }

    [Fact]
    public void A_bucket_renamed_in_the_program_without_an_alias_is_a_destructive_replacement()
    {
        var diff = Diff(Base.Replace("data-datasets-bucket:", "datasets-bucket:", StringComparison.Ordinal));

        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Replace, change.Kind);
        Assert.Equal("datasets-bucket", change.Name);
        Assert.True(change.IsDestructive);
        Assert.Contains("renamed from data-datasets-bucket without an alias", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rename_with_an_alias_keeps_the_resource()
    {
        var head = Base.Replace("data-datasets-bucket:", "datasets-bucket:", StringComparison.Ordinal)
            .Replace("      protect: true\n", "      protect: true\n      aliases:\n        - name: data-datasets-bucket\n", StringComparison.Ordinal);

        var change = Assert.Single(Diff(head).Changes);
        Assert.Equal(ChangeKind.RenameWithAlias, change.Kind);
        Assert.False(change.IsDestructive);
    }

    [Fact]
    public void A_new_physical_bucket_name_replaces_the_bucket()
    {
        var change = Assert.Single(Diff(Base.Replace("datasets-1a2b", "datasets-9z9z", StringComparison.Ordinal)).Changes);

        Assert.Equal(ChangeKind.Replace, change.Kind);
        Assert.Equal("bucket cannot change in place", change.Reason);
        Assert.Equal([new PropertyChange("properties.bucket", "acme-dev-usw2-datasets-1a2b", "acme-dev-usw2-datasets-9z9z")], change.Properties);
        Assert.True(change.IsDestructive);
    }

    [Fact]
    public void A_changed_setting_is_an_update_with_the_property_path()
    {
        var change = Assert.Single(Diff(Base.Replace("deletionWindowInDays: 7", "deletionWindowInDays: 30", StringComparison.Ordinal)).Changes);

        Assert.Equal(ChangeKind.Update, change.Kind);
        Assert.Equal([new PropertyChange("properties.deletionWindowInDays", "7", "30")], change.Properties);
        Assert.False(change.IsDestructive);
    }

    [Fact]
    public void Deleting_a_key_is_destructive_and_adding_is_not()
    {
        var head = Base.Replace("""
              platform-key-key:
                type: aws:kms/key:Key
                properties:
                  deletionWindowInDays: 7
                options:
                  provider: ${aws}

            """, "", StringComparison.Ordinal) + """

              new-topic:
                type: aws:sns/topic:Topic
            """;

        var diff = Diff(head);
        Assert.Equal([(ChangeKind.Add, "new-topic", false), (ChangeKind.Delete, "platform-key-key", true)],
            diff.Changes.Select(change => (change.Kind, change.Name, change.IsDestructive)));
    }

    [Fact]
    public void Removing_protection_from_a_stateful_resource_is_called_out()
    {
        var change = Assert.Single(Diff(Base.Replace("      protect: true\n", "", StringComparison.Ordinal)).Changes);

        Assert.Equal(ChangeKind.Update, change.Kind);
        Assert.Equal("protection removed", change.Reason);
    }

    [Fact]
    public void A_changed_type_under_the_same_name_is_a_replacement()
    {
        var change = Assert.Single(Diff(Base.Replace("type: aws:iam/role:Role", "type: aws:iam/user:User", StringComparison.Ordinal)).Changes);

        Assert.Equal(ChangeKind.Replace, change.Kind);
        Assert.Contains("type changed", change.Reason, StringComparison.Ordinal);
    }
}
