using System.Text.RegularExpressions;

namespace Infra.Components.Networking;

/// <summary>
/// The check every cloud makes of the hub IDs a <see cref="DeployNetwork"/> names (a transit
/// gateway, a CEN instance, a transit router): given, and of the form the cloud's API gives them.
/// Which IDs a cloud needs, and their forms, stay in its realization.
/// </summary>
internal static class DeployHubIds
{
    /// <summary>
    /// Reports <paramref name="value"/> under <c>subject.field</c> unless it matches <paramref name="form"/>;
    /// <paramref name="allowed"/> says what is allowed, in words.
    /// </summary>
    public static void Require(DiagnosticBag diagnostics, string subject, string field, string? value, Regex form, string allowed)
    {
        if (value is null || !form.IsMatch(value))
        {
            diagnostics.Error(NetworkCodes.InvalidDeployNetwork, $"{subject}.{field}", $"'{value}' is not allowed; allowed: {allowed}");
        }
    }
}
