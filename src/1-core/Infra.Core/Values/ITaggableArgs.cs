namespace Infra.Core.Values;

/// <summary>
/// Implemented by the argument records of resource types whose provider schema has a <c>tags</c>
/// input, so that "is this resource taggable?" is answered by the typed record itself (no
/// reflection, no list to keep in step) — the compliance rules read it through
/// <see cref="Resources.Resource.IsTaggable"/>.
/// </summary>
public interface ITaggableArgs
{
    InputMap<string>? Tags { get; }
}
