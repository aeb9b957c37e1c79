namespace Infra.Compliance.Rules.Nodes;

/// <summary>
/// How an EKS managed node group gets its instance settings: from a launch template in this
/// program (judged on its own), or from somewhere the program cannot see.
/// </summary>
internal static class NodeLaunchTemplates
{
    /// <summary>
    /// The node rules' table: a launch template judged by <paramref name="launchTemplate"/>, an EKS node
    /// group by its launch template being in the program, an ACK node pool by <paramref name="ackNodePool"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, TokenCheck> Checks(
        string setting,
        Func<Resource, ComplianceContext, IEnumerable<string>> launchTemplate,
        Func<Resource, ComplianceContext, IEnumerable<string>> ackNodePool) =>
        new Dictionary<string, TokenCheck>(StringComparer.Ordinal)
        {
            [ResourceTypes.LaunchTemplate] = new(launchTemplate),
            [ResourceTypes.EksNodeGroup] = new((nodeGroup, context) => Unprovable(nodeGroup, context, setting)),
            [ResourceTypes.AckNodePool] = new(ackNodePool),
        };

    /// <summary>Why a node group's <paramref name="setting"/> cannot be proven; empty when its launch template is in the program.</summary>
    private static IEnumerable<string> Unprovable(Resource nodeGroup, ComplianceContext context, string setting)
    {
        var reference = PropertyValues.At(nodeGroup.Properties, "launchTemplate");
        if (reference is null)
        {
            return [$"has no launch template, so EKS applies its own and the program does not set {setting}"];
        }

        var target = PropertyValues.At(reference, "id") ?? PropertyValues.At(reference, "name");
        return context.OfType(ResourceTypes.Set(ResourceTypes.LaunchTemplate)).Any(template => ComplianceContext.RefersTo(target, template))
            ? []
            : [$"uses a launch template that is not in this program, so {setting} cannot be proven"];
    }
}
