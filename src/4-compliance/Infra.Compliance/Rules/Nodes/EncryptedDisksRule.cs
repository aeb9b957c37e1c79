namespace Infra.Compliance.Rules.Nodes;

/// <summary>
/// MLC-NOD-002: node disks are encrypted. EC2 launch templates: at least one EBS block device
/// mapping and every one with <c>encrypted: "true"</c> (without a mapping the root volume follows
/// the AMI and the account default). EKS node groups: their launch template is in the program.
/// ACK node pools: <c>systemDiskEncrypted: true</c> and every data disk <c>encrypted: "true"</c>.
/// </summary>
public sealed class EncryptedDisksRule() : PerTokenRule(ComplianceCatalog.EncryptedDisks)
{
    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } =
        NodeLaunchTemplates.Checks("disk encryption", LaunchTemplate, AckNodePool);

    private static IEnumerable<string> LaunchTemplate(Resource resource, ComplianceContext context)
    {
        var mappings = PropertyValues.Items(resource.Properties["blockDeviceMappings"]);
        var ebs = mappings.Select((mapping, i) => (Index: i, Ebs: PropertyValues.At(mapping, "ebs"))).Where(entry => entry.Ebs is not null).ToList();
        if (ebs.Count == 0)
        {
            yield return "declares no EBS block device mapping, so the root volume's encryption follows the AMI and the account default";
        }

        foreach (var (index, volume) in ebs.Where(entry => PropertyValues.Flag(PropertyValues.At(entry.Ebs, "encrypted")) != true))
        {
            yield return $"blockDeviceMappings[{index}].ebs.encrypted is {PropertyValues.Describe(PropertyValues.At(volume, "encrypted"))}, not \"true\"";
        }
    }

    private static IEnumerable<string> AckNodePool(Resource resource, ComplianceContext context)
    {
        if (PropertyValues.Flag(resource.Properties["systemDiskEncrypted"]) != true)
        {
            yield return $"systemDiskEncrypted is {PropertyValues.Describe(resource.Properties["systemDiskEncrypted"])}, not true";
        }

        var disks = PropertyValues.Items(resource.Properties["dataDisks"]);
        for (var i = 0; i < disks.Count; i++)
        {
            if (PropertyValues.Flag(PropertyValues.At(disks[i], "encrypted")) != true)
            {
                yield return $"dataDisks[{i}].encrypted is {PropertyValues.Describe(PropertyValues.At(disks[i], "encrypted"))}, not \"true\"";
            }
        }
    }
}
