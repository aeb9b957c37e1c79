namespace Infra.Platform.Facts;

/// <summary>
/// A fact about a cloud that a component relies on (a principal, an audience, a minimum, an
/// account), with where it was read: provider documentation, a provider's or the host's source, an
/// upstream issue. <see cref="Verified"/> is false where it could not be checked from here; the
/// source then says what would settle it.
/// </summary>
public sealed record Fact<T>(T Value, string Source, bool Verified = true)
{
    public static implicit operator T(Fact<T> fact) => fact.Value;

    public override string ToString() => Value?.ToString() ?? "";
}

/// <summary>One entry of a facts table, for the test that every fact names its source.</summary>
public sealed record FactEntry(string Name, object? Value, string Source, bool Verified);
