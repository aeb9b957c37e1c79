using System.Text.RegularExpressions;
using CsCheck;
using Infra.Platform;
using Infra.Platform.Catalog;

namespace Infra.Compliance.Tests;

/// <summary>The catalog-code scan in <see cref="Residency"/> finds exactly the codes the regex it replaced found.</summary>
public class ResidencyTextTests
{
    /// <summary>The former definition: every catalog code as a whole word, longest first, a zone letter allowed after it.</summary>
    private static readonly Regex Reference = new(
        $"(?<![a-z0-9])(?:{string.Join("|", RegionCatalog.Default.Regions.Select(region => region.Code).Append("cn-hongkong").Distinct().OrderByDescending(code => code.Length).Select(Regex.Escape))})(?![0-9]|[a-z0-9]{{2}})",
        RegexOptions.CultureInvariant);

    /// <summary>AWS-shaped region codes, which the residency check also finds (unchanged).</summary>
    private static readonly Regex AwsShaped = new(
        @"(?<![a-z0-9])(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]+(?![0-9])",
        RegexOptions.CultureInvariant);

    private static readonly Gen<string> Texts =
        Gen.OneOf(
            Gen.OneOf([.. RegionCatalog.Default.Regions.Select(region => region.Code), "cn-hongkong", "x", "-", "a", "1", "12", "ab", ".", "arn:aws:s3:::", "/", " "]),
            Gen.String[Gen.Char["abcn-1234 ."], 0, 3])
        .Array[0, 8].Select(parts => string.Concat(parts));

    private static Jurisdiction JurisdictionOf(string code) =>
        code == "cn-hongkong" ? Jurisdiction.Global
        : RegionCatalog.Default.Regions.FirstOrDefault(region => region.Code == code) is { } known ? known.Jurisdiction
        : code.StartsWith("cn-", StringComparison.Ordinal) ? Jurisdiction.China : Jurisdiction.Global;

    [Fact]
    public void A_text_names_exactly_the_catalog_regions_the_former_regex_found()
    {
        foreach (var jurisdiction in new[] { Jurisdiction.China, Jurisdiction.Global })
        {
            var residency = new Residency(RegionCatalog.Default, jurisdiction);
            Texts.Sample(text =>
            {
                var expected = Reference.Matches(text).Concat(AwsShaped.Matches(text)).Select(match => match.Value)
                    .Where(code => JurisdictionOf(code) != jurisdiction)
                    .Select(code => $"names region '{code}'")
                    .Distinct().Order(StringComparer.Ordinal);
                var actual = residency.TextProblems(text)
                    .Where(problem => problem.StartsWith("names region", StringComparison.Ordinal))
                    .Select(problem => problem[..(problem.IndexOf('\'', problem.IndexOf('\'') + 1) + 1)])
                    .Distinct().Order(StringComparer.Ordinal);
                Assert.Equal(expected, actual);
            }, iter: 20_000);
        }
    }

    [Theory]
    [InlineData("acme-prod-cn-beijing-datasets", "cn-beijing")]
    [InlineData("cn-beijing-a", "cn-beijing")]
    [InlineData("oss-cn-shanghai.aliyuncs.com", "cn-shanghai")]
    [InlineData("us-east-1a", "us-east-1")]
    public void A_region_inside_a_name_zone_or_endpoint_is_found(string text, string region)
    {
        var problems = new Residency(RegionCatalog.Default, region.StartsWith("cn-", StringComparison.Ordinal) ? Jurisdiction.Global : Jurisdiction.China).TextProblems(text);

        Assert.Contains(problems, problem => problem.Contains($"'{region}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("xcn-beijing")]
    [InlineData("cn-beijing12")]
    [InlineData("cn-beijingxy")]
    public void A_code_inside_a_longer_word_is_not_a_region(string text)
    {
        Assert.Empty(new Residency(RegionCatalog.Default, Jurisdiction.Global).TextProblems(text));
    }
}
