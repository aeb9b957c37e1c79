using Infra.Cli.Review;
using Infra.Stacks.Review;

namespace Infra.Cli.Tests;

/// <summary>
/// The Markdown report fits under GitHub's comment limit (65,536 characters; issue 19, item 6): at
/// its limit nothing is cut, one character less cuts the longest stack section, with a note of what
/// was left out; code blocks and details stay closed; the same report always gives the same text.
/// </summary>
public class MarkdownBudgetTests
{
    /// <summary>A stack with <paramref name="changes"/> updated resources, each with a property change.</summary>
    private static StackReport Stack(string name, int changes) => new(name)
    {
        Changed = changes > 0,
        Resources = [.. Enumerable.Range(0, changes).Select(i => new ResourceChange(
            ChangeKind.Update, $"{name}-resource-{i:D5}", "aws:s3/bucket:Bucket", [new PropertyChange("properties.tags.owner", "team-a", "team-b")], null, false))],
    };

    private static DiffReport Report(params StackReport[] stacks) => new("origin/main (0123456789ab)", "working tree", stacks);

    [Fact]
    public void A_report_at_its_limit_is_whole_and_one_character_less_cuts_the_longest_section()
    {
        var report = Report(Stack("small", 3), Stack("large", 400));
        var whole = MarkdownDiffRenderer.Render(report, maxLength: 0);

        var atLimit = MarkdownDiffRenderer.Render(report, whole.Length);
        var belowLimit = MarkdownDiffRenderer.Render(report, whole.Length - 1);

        Assert.Equal(whole, atLimit);
        Assert.DoesNotContain("full report in the job summary/artifact", atLimit, StringComparison.Ordinal);
        Assert.True(belowLimit.Length <= whole.Length - 1, $"{belowLimit.Length} > {whole.Length - 1}");
        Assert.Contains("more line", belowLimit, StringComparison.Ordinal);
        Assert.Contains("full report in the job summary/artifact.", belowLimit, StringComparison.Ordinal);
        // The small stack's section is kept whole: the large one pays.
        Assert.Contains("@@ small-resource-00002 @@", belowLimit, StringComparison.Ordinal);
        Assert.Contains("@@ large-resource-00399 @@\n- properties.tags.owner: team-a\n+ properties.tags.owner: team-b\n```\n", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("@@ large-resource-00399 @@\n- properties.tags.owner: team-a\n+ properties.tags.owner: team-b\n```\n", belowLimit, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_report_fits_the_default_cap_with_every_stack_still_named_and_its_blocks_closed()
    {
        var report = Report(Stack("dev-global", 2000), Stack("prod-global", 2000), Stack("prod-cn", 5));

        var markdown = MarkdownDiffRenderer.Render(report);

        Assert.True(MarkdownDiffRenderer.Render(report, 0).Length > 65_536);
        Assert.True(markdown.Length <= MarkdownDiffRenderer.DefaultMaxLength, markdown.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(MarkdownDiffRenderer.DefaultMaxLength < 65_536);
        Assert.All(["### dev-global", "### prod-global", "### prod-cn"], title => Assert.Contains(title, markdown, StringComparison.Ordinal));
        Assert.Equal(0, markdown.Split('\n').Count(line => line.StartsWith("```", StringComparison.Ordinal)) % 2);
        Assert.Equal(Count(markdown, "<details"), Count(markdown, "</details>"));
        Assert.Equal(2, Count(markdown, "full report in the job summary/artifact"));
        Assert.Equal(markdown, MarkdownDiffRenderer.Render(report));
    }

    [Fact]
    public void The_note_counts_the_lines_left_out()
    {
        // A section of notes only: no block to close, so what is kept is a prefix of the section.
        var stack = new StackReport("noisy") { Changed = true, Notes = [.. Enumerable.Range(0, 500).Select(i => $"noisy: note {i:D3}")] };
        var whole = MarkdownDiffRenderer.Render(Report(stack), 0);
        var head = whole[..whole.IndexOf("\n### noisy", StringComparison.Ordinal)];
        var section = whole[head.Length..];

        var fitted = MarkdownDiffRenderer.Render(Report(stack), head.Length + 5000);

        var kept = fitted[head.Length..fitted.IndexOf("\n*… ", StringComparison.Ordinal)];
        Assert.StartsWith(kept, section, StringComparison.Ordinal);
        var left = section[kept.Length..].TrimEnd('\n').Split('\n').Length;
        Assert.EndsWith($"\n*… {left} more lines; full report in the job summary/artifact.*\n", fitted, StringComparison.Ordinal);
        Assert.True(fitted.Length <= head.Length + 5000);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
