namespace Assay.Extraction.Annotators.Actors;

/// <summary>A node of the token trie the lexicon forms are stored in: one edge per next token, split by
/// whether whitespace separates it from the previous one.</summary>
/// <remarks>Built once, then frozen; lookups take the token as a span and allocate nothing.</remarks>
internal sealed class PatternNode
{
    private Dictionary<string, PatternNode>? _spaced;
    private Dictionary<string, PatternNode>? _glued;
    private Dictionary<string, PatternNode>.AlternateLookup<ReadOnlySpan<char>> _spacedLookup;
    private Dictionary<string, PatternNode>.AlternateLookup<ReadOnlySpan<char>> _gluedLookup;
    private List<ActorPattern>? _building = [];

    /// <summary>Patterns that end at this node; those that need a leading "the" come first.</summary>
    public ActorPattern[] Terminals { get; private set; } = [];

    /// <summary>The child for <paramref name="token"/>, or null.</summary>
    public PatternNode? Next(ReadOnlySpan<char> token, bool spaced)
    {
        if (spaced)
        {
            return _spaced is not null && _spacedLookup.TryGetValue(token, out var s) ? s : null;
        }

        return _glued is not null && _gluedLookup.TryGetValue(token, out var g) ? g : null;
    }

    /// <summary>Gets or creates the child for <paramref name="token"/> while building.</summary>
    public PatternNode Child(string token, bool spaced)
    {
        ref var map = ref spaced ? ref _spaced : ref _glued;
        map ??= new Dictionary<string, PatternNode>(StringComparer.Ordinal);
        if (!map.TryGetValue(token, out var child))
        {
            map.Add(token, child = new PatternNode());
        }

        return child;
    }

    /// <summary>Records a pattern ending here while building.</summary>
    public void AddTerminal(ActorPattern pattern) => (_building ?? throw new InvalidOperationException("Node is frozen.")).Add(pattern);

    /// <summary>Orders the terminals and prepares span lookups, recursively.</summary>
    public void Freeze()
    {
        if (_building is null)
        {
            return;
        }

        Terminals = [.. _building.OrderByDescending(p => p.LeadingThe == LeadingThe.Required)];
        _building = null;
        if (_spaced is not null)
        {
            _spacedLookup = _spaced.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in _spaced.Values)
            {
                child.Freeze();
            }
        }

        if (_glued is not null)
        {
            _gluedLookup = _glued.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in _glued.Values)
            {
                child.Freeze();
            }
        }
    }
}
