using System.Collections.Concurrent;

namespace Infra.Compliance.Graph;

/// <summary>
/// The policy documents of one graph, each parsed once however many rules read it (trust policies
/// are read by two deployability rules, role policies by the replication rule and again per grant).
/// Keyed by the property value itself, so two equal documents on two resources stay apart.
/// </summary>
public sealed class ParsedPolicies
{
    private readonly ConcurrentDictionary<Value, IReadOnlyList<MapValue>> _statements = new(ReferenceEqualityComparer.Instance);

    /// <summary>The statements of <paramref name="policy"/>, parsed on first use (<see cref="PolicyDocuments.Statements"/>).</summary>
    public IReadOnlyList<MapValue> Statements(Value? policy) =>
        policy is null ? [] : _statements.GetOrAdd(policy, PolicyDocuments.Statements);
}
