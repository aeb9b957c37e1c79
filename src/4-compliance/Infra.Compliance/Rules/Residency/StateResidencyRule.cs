using Infra.Platform;
using Infra.Platform.State;

namespace Infra.Compliance.Rules.Residency;

/// <summary>
/// MLC-RES-003: the stack's Pulumi state and the key of its secrets are kept in its jurisdiction.
/// The state holds every resource's inputs and outputs (kubeconfig certificates, webhook URLs,
/// bucket names) and the secrets provider decides who can decrypt them, so they are data of the
/// stack like any bucket. Judged from config <c>stateBackend</c> and the stack file's
/// <c>secretsprovider:</c> (<see cref="StackState"/>); a place the URL does not name is MLC-RES-004's.
/// </summary>
public sealed class StateResidencyRule() : ComplianceRule(ComplianceCatalog.StateResidency)
{
    /// <summary>The two subjects the rule judges, named as a person sets them.</summary>
    public const string BackendSubject = "ml-platform:stateBackend";

    public const string SecretsSubject = "secretsprovider";

    public override IReadOnlyList<string> SettingSubjects { get; } = [StateResidencyRule.BackendSubject, StateResidencyRule.SecretsSubject];

    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.Environment.State;
        var china = context.Environment.Jurisdiction == Jurisdiction.China;
        var violations = new List<Violation>();
        if (Problem(state.BackendLocation, context, china,
            $"set ml-platform:stateBackend to a bucket in a {Where(china)}, e.g. s3://<bucket>?region=<region> (docs/state.md)") is { } backend)
        {
            violations.Add(new Violation(BackendSubject, backend));
        }

        if (state.SecretsProvider is not null && Problem(state.SecretsLocation, context, china,
            $"set secretsprovider: to a key in a {Where(china)}, e.g. awskms://alias/<key>?region=<region> (docs/state.md)") is { } secrets)
        {
            violations.Add(new Violation(SecretsSubject, secrets));
        }

        return new RuleOutcome(2, violations);
    }

    private static string Where(bool china) => china ? "China region" : "region outside China";

    private static string? Problem(StateLocation location, ComplianceContext context, bool china, string advice) => location.Kind switch
    {
        StateLocationKind.Region => context.Residency.RegionProblem(location.Region!) is { } problem ? $"{location.Description}: {problem}; {advice}" : null,
        StateLocationKind.PulumiCloud or StateLocationKind.Undeclared when china =>
            $"{location.Description} is hosted outside mainland China; {advice}",
        _ => null,
    };
}
