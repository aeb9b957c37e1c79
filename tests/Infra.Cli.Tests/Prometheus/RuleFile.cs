using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Components.Monitoring;

namespace Infra.Cli.Tests.Prometheus;

/// <summary>
/// Writes rule groups as a Prometheus rule file (JSON is YAML), and splits recording rules into
/// stages for <c>promtool tsdb create-blocks-from rules</c>, which evaluates each rule on its own
/// against what Prometheus already has: a rule that reads another recorded series must wait for a
/// later stage, after the earlier stage's blocks are loaded.
/// </summary>
internal static class RuleFile
{
    public static void Write(string path, IEnumerable<RuleGroup> groups)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("groups");
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteString("name", group.Name);
            json.WriteStartArray("rules");
            foreach (var rule in group.Rules)
            {
                json.WriteStartObject();
                if (rule is RecordingRule recording)
                {
                    json.WriteString("record", recording.Record);
                }
                else if (rule is AlertingRule alert)
                {
                    json.WriteString("alert", alert.Alert);
                    if (alert.For is { } wait)
                    {
                        json.WriteString("for", PromDuration.Format(wait));
                    }

                    Map(json, "annotations", alert.Annotations);
                }

                json.WriteString("expr", rule.Expr);
                Map(json, "labels", rule.Labels);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Recording rules by stage: stage 0 reads only exported series; stage n reads series recorded in stages below n.</summary>
    public static IReadOnlyList<RuleGroup> Stages(IEnumerable<RuleGroup> groups)
    {
        var rules = groups.SelectMany(group => group.Rules).OfType<RecordingRule>().ToList();
        var names = rules.Select(rule => rule.Record).Distinct(StringComparer.Ordinal).ToList();
        var stageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int Stage(string record, int depth)
        {
            if (stageOf.TryGetValue(record, out var known))
            {
                return known;
            }

            Assert.True(depth < 20, $"recording rules read each other in a cycle through {record}");
            var stage = rules.Where(rule => rule.Record == record)
                .Select(rule => names.Where(name => name != record && Reads(rule.Expr, name)).Select(name => Stage(name, depth + 1) + 1).DefaultIfEmpty(0).Max())
                .Max();
            stageOf[record] = stage;
            return stage;
        }

        return [.. rules.GroupBy(rule => Stage(rule.Record, 0)).OrderBy(stage => stage.Key)
            .Select(stage => new RuleGroup($"backfill-stage-{stage.Key}", [.. stage]))];
    }

    private static bool Reads(string expr, string name) =>
        Regex.IsMatch(expr, $"(?<![A-Za-z0-9_:]){Regex.Escape(name)}(?![A-Za-z0-9_:])", RegexOptions.CultureInvariant);

    private static void Map(Utf8JsonWriter json, string name, System.Collections.Immutable.ImmutableSortedDictionary<string, string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        json.WriteStartObject(name);
        foreach (var (key, value) in entries)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }
}
