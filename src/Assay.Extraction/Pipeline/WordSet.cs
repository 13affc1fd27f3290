using System.Collections.Frozen;

namespace Assay.Extraction.Pipeline;

/// <summary>A frozen set of words probed with spans of text, behind a <see cref="WordFilter"/> that rules out most
/// other words before they are hashed.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    /// <summary>Builds the set of <paramref name="words"/>; <paramref name="comparer"/> is ordinal, ignoring case or not.</summary>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        var set = words.ToFrozenSet(comparer);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(set, caseSensitive: !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);
}
