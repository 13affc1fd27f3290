using System.Collections.Frozen;

namespace Assay.Extraction.Pipeline;

/// <summary>A frozen dictionary keyed by words and probed with spans of text, behind a <see cref="WordFilter"/> that
/// rules out most other words before they are hashed.</summary>
/// <typeparam name="T">What each word maps to.</typeparam>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    /// <summary>Builds the map from <paramref name="entries"/>; <paramref name="comparer"/> is ordinal, ignoring case or not.</summary>
    public WordMap(IEnumerable<KeyValuePair<string, T>> entries, StringComparer comparer)
    {
        var map = entries.ToFrozenDictionary(comparer);
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(map.Keys, caseSensitive: !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The value of <paramref name="word"/>; false when it is not in the map.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (_filter.MayContain(word) && _lookup.TryGetValue(word, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>True when <paramref name="word"/> is in the map.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.ContainsKey(word);
}
