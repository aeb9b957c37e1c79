using System.Text.RegularExpressions;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;

namespace Infra.Components.Monitoring;

/// <summary>Checks alert receivers: names, severities, the URL's config key, Slack channels.</summary>
public static partial class ReceiverRules
{
    [GeneratedRegex("^alertUrl[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    public static partial Regex UrlKeyShape();

    /// <summary>Receiver names Alertmanager's config already uses.</summary>
    private const string NullReceiver = "null";

    public static void Validate(IEnumerable<AlertReceiver> receivers, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(receivers);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var receiver in receivers)
        {
            var subject = $"{path}[{receiver.Name}]";
            if (receiver.Name is null || !LogicalNames.IsValid(receiver.Name) || receiver.Name == NullReceiver || receiver.Name.Length > 40)
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".name",
                    $"'{receiver.Name}' is not allowed; allowed: 1-40 lowercase letters, digits and single hyphens, starting with a letter, not 'null'");
            }
            else if (!seen.Add(receiver.Name))
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject, "is declared twice; receiver names are unique");
            }

            var unknown = receiver.Severities.Where(severity => !AlertReceiver.KnownSeverities.Contains(severity)).ToList();
            if (receiver.Severities.IsDefaultOrEmpty || unknown.Count > 0)
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".severities",
                    $"[{string.Join(", ", receiver.Severities.IsDefault ? [] : receiver.Severities)}] is not allowed; allowed: one or more of {string.Join(", ", AlertReceiver.KnownSeverities)}");
            }

            if (!UrlKeyShape().IsMatch(receiver.UrlConfigKey ?? ""))
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".url",
                    $"config key '{receiver.UrlConfigKey}' is not allowed; allowed: alertUrl followed by a capitalised name, e.g. {AlertReceiver.UrlKeyFor(receiver.Name ?? "oncall")}");
            }

            if (receiver.Channel is not null && receiver.Type != ReceiverType.Slack)
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".channel", $"is set on a {receiver.Type} receiver; only Slack receivers have a channel");
            }
        }
    }
}
