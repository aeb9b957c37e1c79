using System.Security.Cryptography;
using System.Text;
using Infra.Platform.Facts;

namespace Infra.Platform.Naming;

/// <summary>
/// Fits the physical names the platform builds (from the org prefix, the stack name, a pool or a
/// team) to the cloud's documented length: a name that fits is kept as it is; a longer one keeps
/// its beginning and ends in a hash of the whole name, so it stays stable for the stack and two
/// long names that differ only in their ends stay different.
/// </summary>
public static class PhysicalNames
{
    /// <summary>Hex characters of the hash suffix (24 bits: collisions between a stack's few names are negligible).</summary>
    public const int HashLength = 6;

    /// <summary>The first <see cref="HashLength"/> hex characters of the SHA-256 of <paramref name="text"/>.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashLength];
    }

    /// <summary><paramref name="name"/> if it has at most <paramref name="maxLength"/> characters, else its beginning, a hyphen and its hash.</summary>
    public static string Fit(string name, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, HashLength + 2);
        if (name.Length <= maxLength)
        {
            return name;
        }

        // Separators are not left dangling before the hyphen (a name must not end in "--" or "-.-").
        // A beginning made only of separators keeps nothing: the hash alone, never a leading hyphen.
        var kept = name[..(maxLength - HashLength - 1)].TrimEnd('-', '_', '.', '/');
        return kept.Length == 0 ? Hash(name) : $"{kept}-{Hash(name)}";
    }

    /// <summary>Fits <paramref name="name"/> to <paramref name="limit"/>'s maximum length.</summary>
    public static string Fit(string name, NameLimitFact limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return Fit(name, limit.MaxLength);
    }
}
