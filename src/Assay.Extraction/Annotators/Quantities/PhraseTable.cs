using System.Collections.Frozen;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Multi-word lexicon entries matched against word tokens without allocating, case-insensitively.</summary>
/// <typeparam name="T">The value each phrase carries.</typeparam>
/// <remarks>Phrases are indexed by their first and by their last word; a match is always the longest one.</remarks>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _byLast;

    /// <summary>Builds the table from phrases written with single spaces between words.</summary>
    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var first = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        var last = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            Add(first, words[0], (words, value));
            Add(last, words[^1], (words, value));
        }

        _byFirst = Freeze(first).GetAlternateLookup<ReadOnlySpan<char>>();
        _byLast = Freeze(last).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of phrases.</summary>
    public int Count => _byFirst.Dictionary.Values.Sum(v => v.Length);

    /// <summary>True when the single word <paramref name="word"/> is a phrase of its own.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => TryWord(word, out _);

    /// <summary>The value of the one-word phrase <paramref name="word"/>.</summary>
    public bool TryWord(ReadOnlySpan<char> word, out T value)
    {
        if (_byFirst.TryGetValue(word, out var candidates))
        {
            foreach (var (words, v) in candidates)
            {
                if (words.Length == 1)
                {
                    value = v;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Longest phrase starting at token <paramref name="index"/>; returns the number of tokens matched or 0.</summary>
    public int MatchForward(string text, List<TextToken> tokens, int index, int limit, out T value)
    {
        value = default!;
        if (index >= limit || tokens[index].Kind != TextTokenKind.Word || !_byFirst.TryGetValue(Word(text, tokens[index]), out var candidates))
        {
            return 0;
        }

        var best = 0;
        foreach (var (words, v) in candidates)
        {
            if (words.Length > best && index + words.Length <= limit && SameForward(text, tokens, index, words))
            {
                best = words.Length;
                value = v;
            }
        }

        return best;
    }

    /// <summary>Longest phrase ending just before token <paramref name="end"/>; returns the number of tokens matched or 0.</summary>
    public int MatchBackward(string text, List<TextToken> tokens, int end, int floor, out T value)
    {
        value = default!;
        var lastIndex = end - 1;
        if (lastIndex < floor || tokens[lastIndex].Kind != TextTokenKind.Word || !_byLast.TryGetValue(Word(text, tokens[lastIndex]), out var candidates))
        {
            return 0;
        }

        var best = 0;
        foreach (var (words, v) in candidates)
        {
            if (words.Length > best && end - words.Length >= floor && SameForward(text, tokens, end - words.Length, words))
            {
                best = words.Length;
                value = v;
            }
        }

        return best;
    }

    private static bool SameForward(string text, List<TextToken> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var t = tokens[start + k];
            if (t.Kind != TextTokenKind.Word || !Word(text, t).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Word(string text, TextToken t) => text.AsSpan(t.Start, t.Length);

    private static void Add(Dictionary<string, List<(string[], T)>> map, string key, (string[], T) entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }

    private static FrozenDictionary<string, (string[] Words, T Value)[]> Freeze(Dictionary<string, List<(string[], T)>> map) =>
        map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
}
