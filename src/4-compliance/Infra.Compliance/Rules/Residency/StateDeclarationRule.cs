using Infra.Platform.State;

namespace Infra.Compliance.Rules.Residency;

/// <summary>
/// MLC-RES-004 (warning): the stack says where its secrets are encrypted, and says it in a form whose
/// place can be judged. Without <c>secretsprovider:</c> the key is whatever the backend defaults to
/// (Pulumi Cloud's per-stack key, or a passphrase prompt on a DIY backend); a passphrase, a Vault
/// server or a <c>file://</c> backend are wherever someone put them, which no program can check.
/// </summary>
public sealed class StateDeclarationRule() : ComplianceRule(ComplianceCatalog.StateDeclaration)
{
    public override IReadOnlyList<string> SettingSubjects { get; } = [StateResidencyRule.BackendSubject, StateResidencyRule.SecretsSubject];

    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.Environment.State;
        var violations = new List<Violation>();
        if (state.SecretsProvider is null)
        {
            violations.Add(new Violation(StateResidencyRule.SecretsSubject,
                "the stack file declares no secretsprovider:, so its secrets are encrypted with the backend's default key; declare one in the stack's jurisdiction (docs/state.md)"));
        }
        else if (state.SecretsLocation.Kind == StateLocationKind.Elsewhere)
        {
            violations.Add(new Violation(StateResidencyRule.SecretsSubject,
                $"{state.SecretsLocation.Description}: keep it in the stack's jurisdiction; this project cannot check where"));
        }

        if (state.BackendLocation.Kind == StateLocationKind.Elsewhere)
        {
            violations.Add(new Violation(StateResidencyRule.BackendSubject,
                $"{state.BackendLocation.Description}: keep it in the stack's jurisdiction; this project cannot check where"));
        }

        return new RuleOutcome(2, violations);
    }
}
