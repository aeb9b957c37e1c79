namespace Infra.Platform.Supply;

/// <summary>
/// Images components run themselves, outside any chart (a Deployment of their own): each with its
/// source. A component asks <c>environment.Images.Reference(ImageFacts.X)</c> for the reference to
/// write, so it comes from the stack's mirror; <c>infra images</c> lists every entry the program names.
/// None yet: the alert adapter (issue 17, branch alerts) is the first.
/// </summary>
public static class ImageFacts
{
    public static IReadOnlyList<(ImageReference Image, string Source)> All { get; } = [];
}
