using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Resources;

namespace Infra.Compliance.Rules.Nodes;

/// <summary>
/// How an EKS managed node group gets its instance settings: from a launch template in this
/// program (judged on its own), or from somewhere the program cannot see.
/// </summary>
internal static class NodeLaunchTemplates
{
    /// <summary>Why a node group's <paramref name="setting"/> cannot be proven; empty when its launch template is in the program.</summary>
    public static IEnumerable<string> Unprovable(Resource nodeGroup, ComplianceContext context, string setting)
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
