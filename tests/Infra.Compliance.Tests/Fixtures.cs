using Infra.Components.Clouds;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Environment;
using Xunit.Sdk;

namespace Infra.Compliance.Tests;

/// <summary>Stacks to judge, built directly as graphs: one per cloud and tier, with the stack's regional provider.</summary>
internal static class Fixtures
{
    public static StackEnvironment Environment(Cloud cloud, string region, Tier tier = Tier.Dev)
    {
        var info = RegionCatalog.Default.Find(cloud, region) ?? throw new ArgumentException($"no {cloud} region {region}");
        var name = $"{EnvironmentNames.Of(tier)}-test";
        return new StackEnvironment
        {
            StackName = name,
            Tier = tier,
            Cloud = cloud,
            Region = info,
            Zones = [.. info.Zones.Take(2)],
            Tags = new StandardTags("ml-platform-team", "cc-1", tier, name),
            OrgPrefix = "acme",
        };
    }

    public static StackEnvironment AwsDev => Environment(Cloud.Aws, "us-west-2");

    public static StackEnvironment AwsProd => Environment(Cloud.Aws, "us-east-1", Tier.Prod);

    public static StackEnvironment AwsChina => Environment(Cloud.AwsChina, "cn-northwest-1");

    public static StackEnvironment AlicloudChina => Environment(Cloud.Alicloud, "cn-shanghai");

    public static StackEnvironment AlicloudChinaProd => Environment(Cloud.Alicloud, "cn-beijing", Tier.Prod);

    /// <summary>A stack with the environment's regional provider in scope (AWS: with the standard default tags).</summary>
    public static Stack StackFor(StackEnvironment environment)
    {
        var stack = new Stack(environment.StackName, "ml-platform");
        stack.UseProvider(RegionalProviders.For(stack, environment, environment.Region.Code));
        return stack;
    }

    /// <summary>A stack for <paramref name="environment"/> (<see cref="StackFor"/>), returned with it, so a test names its environment once.</summary>
    public static (Stack Stack, StackEnvironment Environment) StackAndEnvironment(StackEnvironment environment) => (StackFor(environment), environment);

    /// <summary>
    /// Passes on <paramref name="resource"/> when <paramref name="passes"/>; otherwise fails on it with a
    /// message that contains each of <paramref name="expected"/>.
    /// </summary>
    public static void PassesOnlyIf(this ComplianceReport report, bool passes, string ruleId, string resource, params string[] expected)
    {
        if (passes)
        {
            report.PassesOn(ruleId, resource);
            return;
        }

        report.FailsOn(ruleId, resource, expected);
    }

    /// <summary>
    /// Asserts <paramref name="ruleId"/> fails on <paramref name="resource"/> with a message that
    /// contains each of <paramref name="saying"/> (ordinal); the counterpart of <see cref="PassesOn"/>.
    /// </summary>
    public static void FailsOn(this ComplianceReport report, string ruleId, string resource, params string[] saying)
    {
        var message = report.FindingOn(ruleId, resource).Message;
        foreach (var text in saying)
        {
            Assert.Contains(text, message, StringComparison.Ordinal);
        }
    }

    /// <summary>An untyped resource: how the rules see a type no typed record covers yet (clusters, node pools).</summary>
    public static GenericResource Raw(Scope scope, string name, string type, MapValue properties, ResourceOptions? options = null) =>
        new(scope, name, type, properties, options);

    /// <summary>A list of strings (Tree.List takes a single string as a list of chars).</summary>
    public static ListValue Strings(params string[] items) => new([.. items.Select(item => (Value)new StringValue(item))]);

    public static ComplianceReport Judge(Stack stack, StackEnvironment environment, ComplianceRule rule, params Suppression[] suppressions) =>
        new CompliancePack([rule]).Evaluate(new ComplianceContext(stack, environment, RegionCatalog.Default), suppressions);

    /// <summary>The one finding of <paramref name="ruleId"/> on <paramref name="resource"/>; fails the test when there is none.</summary>
    public static Finding FindingOn(this ComplianceReport report, string ruleId, string resource) =>
        report.Findings.SingleOrDefault(finding => finding.Rule.Id == ruleId && finding.Resource == resource)
        ?? throw new XunitException($"expected {ruleId} to fail on {resource}; findings: {Describe(report)}");

    /// <summary>Asserts the rule judged something and found nothing wrong with <paramref name="resource"/>.</summary>
    public static void PassesOn(this ComplianceReport report, string ruleId, string resource)
    {
        var result = report.Results.Single(result => result.Rule.Id == ruleId);
        if (result.Checked == 0 || result.Findings.Any(finding => finding.Resource == resource))
        {
            throw new XunitException($"expected {ruleId} to pass on {resource} (checked {result.Checked}); findings: {Describe(report)}");
        }
    }

    /// <summary>Asserts the rule judged the stack and found nothing at all.</summary>
    public static void PassesAll(this ComplianceReport report, string ruleId)
    {
        var result = report.Results.Single(result => result.Rule.Id == ruleId);
        if (result.Checked == 0 || result.Findings.Count > 0)
        {
            throw new XunitException($"expected {ruleId} to judge something and pass (checked {result.Checked}); findings: {Describe(report)}");
        }
    }

    private static string Describe(ComplianceReport report) =>
        report.Findings.Any() ? string.Join("; ", report.Findings.Select(finding => $"{finding.Rule.Id} {finding.Resource}: {finding.Message}")) : "none";
}
