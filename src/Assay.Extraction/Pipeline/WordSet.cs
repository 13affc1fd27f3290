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
        : this(words.ToFrozenSet(comparer))
    {
    }

    /// <summary>Puts the filter in front of <paramref name="set"/>, which compares ordinally, ignoring case or not.</summary>
    public WordSet(FrozenSet<string> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var ignoreCase = ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase);
        if (!ignoreCase && !ReferenceEquals(set.Comparer, StringComparer.Ordinal) && !ReferenceEquals(set.Comparer, EqualityComparer<string>.Default))
        {
            // The filter folds ASCII case only; a cultural comparer could equate words it tells apart.
            throw new ArgumentException("The set must compare ordinally.", nameof(set));
        }

        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(set, caseSensitive: !ignoreCase);
    }

    /// <summary>True when <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);
}
