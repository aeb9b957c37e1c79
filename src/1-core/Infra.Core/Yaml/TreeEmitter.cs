using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Infra.Core.Yaml;

/// <summary>
/// Takes the events <see cref="ProgramWriter"/> emits for a value and builds the tree a YAML reader
/// makes of their text (scalars as text, sequences as lists, mappings as ordinal-sorted maps), so
/// a graph's values compare with a program read from text without writing and parsing them.
/// </summary>
internal sealed class TreeEmitter : IEmitter
{
    private readonly Stack<Frame> _open = new();

    public object? Root { get; private set; }

    public void Emit(ParsingEvent @event)
    {
        switch (@event)
        {
            case Scalar scalar when _open.TryPeek(out var frame) && frame.Node is SortedDictionary<string, object?> && frame.Key is null:
                frame.Key = scalar.Value;
                break;
            case Scalar scalar:
                Add(scalar.Value);
                break;
            case MappingStart:
                _open.Push(new Frame(new SortedDictionary<string, object?>(StringComparer.Ordinal)));
                break;
            case SequenceStart:
                _open.Push(new Frame(new List<object?>()));
                break;
            case MappingEnd or SequenceEnd:
                Add(_open.Pop().Node);
                break;
            default:
                throw new InvalidOperationException($"a value cannot hold a {@event.GetType().Name}");
        }
    }

    private void Add(object? node)
    {
        if (!_open.TryPeek(out var frame))
        {
            Root = node;
        }
        else if (frame.Node is List<object?> list)
        {
            list.Add(node);
        }
        else
        {
            ((SortedDictionary<string, object?>)frame.Node)[frame.Key!] = node;
            frame.Key = null;
        }
    }

    /// <summary>An open sequence or mapping; a mapping's key waiting for its value.</summary>
    private sealed class Frame(object node)
    {
        public object Node { get; } = node;

        public string? Key { get; set; }
    }
}
