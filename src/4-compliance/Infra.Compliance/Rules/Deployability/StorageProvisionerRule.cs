using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-CSI-001: every StorageClass's provisioner is installed by the stack. A class whose driver
/// is missing is accepted by the API server, and every claim on it stays Pending while
/// <c>pulumi up</c> reports success. The add-on that installs each driver is
/// <see cref="StorageFacts.CsiDrivers"/>: on EKS an <c>aws:eks/addon:Addon</c> with its
/// <c>addonName</c>, on ACK an entry of the cluster's <c>addons</c>.
/// </summary>
public sealed class StorageProvisionerRule() : TypedResourceRule(DeployabilityCatalog.StorageProvisioner)
{
    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.StorageClass);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var provisioner = resource.Properties["provisioner"];
        if (PropertyValues.Text(provisioner) is not { } name)
        {
            yield return $"its provisioner is {PropertyValues.Describe(provisioner)}, so which driver it needs cannot be proven";
            yield break;
        }

        var driver = StorageFacts.CsiDrivers.FirstOrDefault(fact => fact.Provisioner == name);
        if (driver is null)
        {
            yield return $"provisioner '{name}' is not a CSI driver the platform knows how to install (known: {string.Join(", ", StorageFacts.CsiDrivers.Select(fact => fact.Provisioner))})";
            yield break;
        }

        if (!InstalledAddons(context).Contains(driver.InstalledByAddon))
        {
            yield return $"provisioner '{name}' is installed by the add-on '{driver.InstalledByAddon}', which the stack does not install"
                + $" (EKS: an {ResourceTypes.EksAddon} with addonName {driver.InstalledByAddon}; ACK: {driver.InstalledByAddon} in the cluster's addons)";
        }
    }

    /// <summary>The add-on names the stack installs: EKS add-on resources and the addons of ACK clusters.</summary>
    private static HashSet<string> InstalledAddons(ComplianceContext context) =>
    [
        .. context.OfType(ResourceTypes.Set(ResourceTypes.EksAddon)).Select(addon => PropertyValues.Text(addon.Properties["addonName"])).OfType<string>(),
        .. context.OfType(ResourceTypes.Set(ResourceTypes.AckCluster))
            .SelectMany(cluster => PropertyValues.Items(cluster.Properties["addons"]))
            .Select(addon => PropertyValues.Text(PropertyValues.At(addon, "name"))).OfType<string>(),
    ];
}
