using System.Text.RegularExpressions;
using Infra.Platform;

namespace Infra.Components.Monitoring;

/// <summary>Checks alert receivers: names, severities, the URL's config key, Slack channels, WeCom targets, and the types the jurisdiction allows.</summary>
public static partial class ReceiverRules
{
    [GeneratedRegex("^alertUrl[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    public static partial Regex UrlKeyShape();

    /// <summary>Receiver names Alertmanager's config already uses.</summary>
    private const string NullReceiver = "null";

    public static void Validate(IEnumerable<AlertReceiver> receivers, Jurisdiction jurisdiction, string path, DiagnosticBag diagnostics)
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

            var allowed = ReceiverTypes.AllowedIn(jurisdiction);
            if (!allowed.Contains(receiver.Type))
            {
                diagnostics.Error(MonitoringCodes.ReceiverNotAllowedInJurisdiction, subject + ".type",
                    $"'{ReceiverTypes.Spelling(receiver.Type)}' is not allowed in a {jurisdiction} stack ({Why(receiver.Type)}); allowed: {string.Join(", ", allowed.Select(ReceiverTypes.Spelling))}");
            }

            if (receiver.UsesUrl && !UrlKeyShape().IsMatch(receiver.UrlConfigKey ?? ""))
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".url",
                    $"config key '{receiver.UrlConfigKey}' is not allowed; allowed: alertUrl followed by a capitalised name, e.g. {AlertReceiver.UrlKeyFor(receiver.Name ?? "oncall")}");
            }

            if (receiver.Channel is not null && receiver.Type != ReceiverType.Slack)
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".channel", $"is set on a {receiver.Type} receiver; only Slack receivers have a channel");
            }

            ValidateWeCom(receiver, subject, diagnostics);
        }
    }

    private static void ValidateWeCom(AlertReceiver receiver, string subject, DiagnosticBag diagnostics)
    {
        if (receiver.Type != ReceiverType.WeCom)
        {
            if (receiver.WeCom is not null)
            {
                diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".wecom", $"is set on a {ReceiverTypes.Spelling(receiver.Type)} receiver; only wecom receivers have one");
            }

            return;
        }

        if (receiver.WeCom is not { } target)
        {
            diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".wecom", "is missing; allowed: {corpId, agentId} and one or more of toUser, toParty, toTag");
            return;
        }

        if (string.IsNullOrWhiteSpace(target.CorpId) || string.IsNullOrWhiteSpace(target.AgentId))
        {
            diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".wecom",
                $"corpId '{target.CorpId}' and agentId '{target.AgentId}' are not allowed; allowed: the company's ID and the application's AgentId, both non-empty");
        }

        if (new[] { target.ToUser, target.ToParty, target.ToTag }.All(string.IsNullOrWhiteSpace))
        {
            // Alertmanager's defaults for all three are empty templates (template/default.tmpl): the message would go to nobody.
            diagnostics.Error(MonitoringCodes.InvalidReceiver, subject + ".wecom", "names no recipient; allowed: one or more of toUser, toParty, toTag");
        }
    }

    private static string Why(ReceiverType type) => type == ReceiverType.Slack
        ? "Slack is blocked in mainland China; use a WeCom, DingTalk or Feishu receiver"
        : "not reachable from there";
}
