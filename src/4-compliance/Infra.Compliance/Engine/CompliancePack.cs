namespace Infra.Compliance.Engine;

/// <summary>
/// A list of rules run in order (the default pack, in Infra.Compliance.Packs, is the one every synthesis runs), and
/// how suppressions declared in the stack spec apply to their findings. Evaluating is a pure
/// function of the graph, the environment and the suppressions.
/// </summary>
public sealed class CompliancePack(IReadOnlyList<ComplianceRule> rules)
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = rules;

    public ComplianceRule? Find(string id) => Rules.FirstOrDefault(rule => rule.Id == id);

    public ComplianceReport Evaluate(ComplianceContext context, IReadOnlyList<Suppression>? suppressions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        suppressions ??= [];
        var problems = new DiagnosticBag();
        var valid = Validate(suppressions, context, problems);
        var used = new HashSet<Suppression>();
        var results = new List<RuleResult>();
        foreach (var rule in Rules)
        {
            var outcome = rule.Evaluate(context);
            var findings = outcome.Violations
                .OrderBy(violation => violation.Subject, StringComparer.Ordinal)
                .Select(violation =>
                {
                    var suppression = valid.FirstOrDefault(candidate => candidate.Rule == rule.Id && candidate.Resource == violation.Subject);
                    if (suppression is not null)
                    {
                        used.Add(suppression);
                    }

                    return new Finding(rule, violation.Subject, violation.Message, suppression);
                })
                .ToList();
            results.Add(new RuleResult(rule, outcome.Checked, findings));
        }

        foreach (var unused in valid.Where(suppression => !used.Contains(suppression)))
        {
            problems.Warning(ComplianceCodes.UnusedSuppression, unused.KeyPath,
                $"suppresses nothing: {unused.Resource} does not break {unused.Rule}; remove the suppression so it cannot hide a future finding");
        }

        return new ComplianceReport(results, [.. problems]);
    }

    /// <summary>Reports every bad suppression (naming its key path) and returns the good ones.</summary>
    private List<Suppression> Validate(IReadOnlyList<Suppression> suppressions, ComplianceContext context, DiagnosticBag problems)
    {
        var names = context.Resources.Select(resource => resource.LogicalName)
            .Concat(context.Stack.Variables.Select(variable => variable.Name))
            .Concat(context.Stack.Outputs.Keys.Select(output => "outputs." + output))
            .Concat(Rules.SelectMany(rule => rule.SettingSubjects))
            .ToHashSet(StringComparer.Ordinal);
        var valid = new List<Suppression>();
        foreach (var suppression in suppressions)
        {
            var ok = true;
            if (Find(suppression.Rule) is null)
            {
                problems.Error(ComplianceCodes.UnknownRule, suppression.KeyPath + ".rule",
                    $"'{suppression.Rule}' is not a rule of the compliance pack or the deployability family; allowed: {string.Join(", ", Rules.Select(rule => rule.Id))}");
                ok = false;
            }

            if (!names.Contains(suppression.Resource))
            {
                var near = Nearest(suppression.Resource, names);
                problems.Error(ComplianceCodes.UnknownResource, suppression.KeyPath + ".resource",
                    $"'{suppression.Resource}' is not a resource of stack '{context.Stack.StackName}'{(near is null ? "" : $"; did you mean '{near}'?")} (give the logical name `infra plan` shows)");
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(suppression.Reason))
            {
                problems.Error(ComplianceCodes.MissingReason, suppression.KeyPath + ".reason",
                    "is empty; a suppression must say why the finding is accepted, so a reviewer can judge it");
                ok = false;
            }

            if (ok && valid.Any(other => other.Rule == suppression.Rule && other.Resource == suppression.Resource))
            {
                problems.Warning(ComplianceCodes.DuplicateSuppression, suppression.KeyPath,
                    $"suppresses {suppression.Rule} on {suppression.Resource} again; keep one");
                ok = false;
            }

            if (ok)
            {
                valid.Add(suppression);
            }
        }

        return valid;
    }

    /// <summary>The known name closest to a misspelled one (edit distance at most a third of its length).</summary>
    private static string? Nearest(string given, IEnumerable<string> known) =>
        known.Select(name => (Name: name, Distance: Distance(given, name)))
            .Where(candidate => candidate.Distance <= Math.Max(2, given.Length / 3))
            .OrderBy(candidate => candidate.Distance).ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
