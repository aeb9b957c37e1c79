namespace Infra.Cli.Tests.Prometheus;

/// <summary>The report tests share one <see cref="KnownClusterPrometheus"/>: building its history takes several Prometheus starts.</summary>
[CollectionDefinition(Name)]
public sealed class KnownClusterCollection : ICollectionFixture<KnownClusterPrometheus>
{
    public const string Name = "known-cluster Prometheus";
}
