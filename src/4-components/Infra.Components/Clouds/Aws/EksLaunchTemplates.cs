using Infra.Providers.Aws.Ec2;
using Infra.Providers.Aws.Eks;

namespace Infra.Components.Clouds.Aws;

/// <summary>What a node group's launch template varies in.</summary>
internal sealed record EksLaunchTemplateArgs
{
    public required int DiskSizeGiB { get; init; }

    /// <summary>Tags for the instances, volumes and network interfaces the group launches (cost allocation).</summary>
    public required IReadOnlyDictionary<string, string> InstanceTags { get; init; }

    /// <summary>EFA interfaces, one per network card (0 for none).</summary>
    public int EfaInterfaces { get; init; }

    /// <summary>The cluster security group, which EFA interfaces must name explicitly.</summary>
    public Output<string>? SecurityGroupId { get; init; }

    public Output<string>? PlacementGroupName { get; init; }
}

/// <summary>
/// Launch templates for EKS managed node groups: IMDSv2 only with a hop limit of 1 (pods reach
/// their cloud roles through IRSA, never the node's credentials), an encrypted gp3 root volume,
/// cost-allocation tags on everything the group launches, and EFA interfaces when asked for.
/// The AMI, user data and instance types stay with the node group, so EKS keeps managing them.
/// </summary>
internal static class EksLaunchTemplates
{
    /// <summary>The root device of Amazon Linux 2023 EKS AMIs.</summary>
    private const string RootDevice = "/dev/xvda";

    /// <summary>What a launch tags: instances, their volumes and network interfaces.</summary>
    private static readonly string[] TaggedResourceTypes = ["instance", "volume", "network-interface"];

    public static LaunchTemplate Create(Scope scope, string name, StackEnvironment environment, EksLaunchTemplateArgs args)
    {
        var instanceTags = InputMap.From(args.InstanceTags);
        return new LaunchTemplate(scope, name, new LaunchTemplateArgs
        {
            NamePrefix = PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-{LogicalNames.Join(scope.Path, name)}", NameLimitFacts.LaunchTemplateNamePrefix.MaxLength - 1) + "-",
            Description = $"ml-platform {environment.StackName}: nodes of {scope.Path}",
            UpdateDefaultVersion = true,
            MetadataOptions = new LaunchTemplateMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = 1,
            },
            BlockDeviceMappings =
            [
                new LaunchTemplateBlockDeviceMappingArgs
                {
                    DeviceName = RootDevice,
                    Ebs = new LaunchTemplateBlockDeviceMappingEbsArgs
                    {
                        VolumeSize = args.DiskSizeGiB,
                        VolumeType = "gp3",
                        Encrypted = "true",
                        DeleteOnTermination = "true",
                    },
                },
            ],
            NetworkInterfaces = args.EfaInterfaces > 0 ? EfaInterfaces(args) : null,
            Placement = args.PlacementGroupName is { } group ? (Input<LaunchTemplatePlacementArgs>?)new LaunchTemplatePlacementArgs { GroupName = group } : null,
            TagSpecifications = InputList.From(TaggedResourceTypes.Select(type =>
                (Input<LaunchTemplateTagSpecificationArgs>)new LaunchTemplateTagSpecificationArgs { ResourceType = type, Tags = instanceTags })),
            Tags = InputMap.From(environment.Tags.For(scope.Path)),
        });
    }

    /// <summary>
    /// The template's newest version as the string the node group takes. <c>latestVersion</c> is a
    /// number: the host's <c>fn::join</c> refuses one at run time ("must be a list of strings",
    /// pulumi-yaml 36f271cf0a61 pkg/pulumiyaml/run.go evaluateBuiltinJoin), while <c>fn::toJSON</c>
    /// is Go's json.Marshal of the float64, "3" for 3 (run.go evaluateBuiltinToJSON).
    /// </summary>
    public static NodeGroupLaunchTemplateArgs Reference(LaunchTemplate template) => new()
    {
        Id = template.Id,
        Version = Fn.ToJson(template.LatestVersion),
    };

    /// <summary>One EFA per network card: card 0 carries the primary interface (device 0), the others device 1.</summary>
    private static InputList<LaunchTemplateNetworkInterfaceArgs> EfaInterfaces(EksLaunchTemplateArgs args) =>
        InputList.From(Enumerable.Range(0, args.EfaInterfaces).Select(card => (Input<LaunchTemplateNetworkInterfaceArgs>)new LaunchTemplateNetworkInterfaceArgs
        {
            DeviceIndex = card == 0 ? 0 : 1,
            NetworkCardIndex = card,
            InterfaceType = "efa",
            DeleteOnTermination = "true",
            SecurityGroups = args.SecurityGroupId is { } group ? [group] : null,
        }));
}
