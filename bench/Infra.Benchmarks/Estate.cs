using Infra.Components.Clouds;
using Infra.Components.Networking;
using Infra.Components.Security;
using Infra.Components.Storage;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Core.Yaml;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;

namespace Infra.Benchmarks;

/// <summary>What an estate is built from: a prod stack's spec, read from config by the real reader.</summary>
public sealed record EstateInput(EnvironmentSpec Spec, StackConfig Config, RegionInfo ReplicaRegion);

/// <summary>
/// Generated estates of any size, made of the real components (a network, keys, and as many S3
/// buckets for ML data as it takes, one in four replicated to a second region), synthesized
/// through the real pipeline: compose, check the graph, write the program.
/// </summary>
public static class Estate
{
    public const string Project = "ml-platform";

    public static EstateInput Input()
    {
        var config = new StackConfig(new Dictionary<string, string>
        {
            ["ml-platform:tier"] = "prod",
            ["ml-platform:cloud"] = "aws",
            ["ml-platform:region"] = "us-east-1",
            ["ml-platform:owner"] = "ml-platform-team",
            ["ml-platform:costCenter"] = "cc-ml-1001",
            ["ml-platform:orgPrefix"] = "acme",
            ["ml-platform:vpcCidr"] = "10.1.0.0/16",
        }.Select(entry => KeyValuePair.Create(entry.Key, ConfigValue.Plain(entry.Value))));
        var spec = new EnvironmentSpecReader(RegionCatalog.Default).Read("estate", Project, config);
        var replica = RegionCatalog.Default.Find(Cloud.Aws, "us-west-2") ?? throw new InvalidOperationException("us-west-2 is not in the region catalog");
        return new EstateInput(spec, config, replica);
    }

    /// <summary>The graph of an estate of at least <paramref name="resources"/> resources.</summary>
    public static Stack Compose(EstateInput input, int resources)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Spec.Environment;
        var stack = new Stack(environment.StackName, Project, input.Config.Keys);
        stack.UseProvider(RegionalProviders.For(stack, environment, environment.Region.Code));
        _ = new Network(stack, "network", environment, input.Spec.Network);
        _ = new EncryptionKey(stack, "platform-key", environment, new EncryptionKeyArgs { Purpose = "platform" });
        var logs = new StorageBucket(stack, "logs", environment, new StorageBucketArgs { Class = DataClass.Logs, IsAccessLogTarget = true });
        DataClass[] classes = [DataClass.Datasets, DataClass.Checkpoints, DataClass.ModelArtifacts];
        for (var i = 0; stack.AllResources.Count < resources; i++)
        {
            _ = new StorageBucket(stack, $"team{i:D5}", environment, new StorageBucketArgs
            {
                Class = classes[i % classes.Length],
                Purpose = $"t{i:D5}",
                AccessLogs = logs,
                Replica = i % 4 == 0 ? input.ReplicaRegion : null,
            });
        }

        return stack;
    }

    /// <summary>Compose, check and write: the program text of an estate.</summary>
    public static string Synthesize(EstateInput input, int resources) => Write(Compose(input, resources));

    /// <summary>Check the graph and write it.</summary>
    public static string Write(Stack stack)
    {
        var diagnostics = GraphChecker.Check(stack);
        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            throw new InfraException(diagnostics);
        }

        return ProgramWriter.Write(stack);
    }
}
