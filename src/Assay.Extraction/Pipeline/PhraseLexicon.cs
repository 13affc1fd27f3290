using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Assay.Extraction.Lexicons;

namespace Assay.Extraction.Pipeline;

/// <summary>A lexicon of multi-word phrases matched token by token, case-insensitively, longest first.</summary>
/// <typeparam name="T">What each phrase carries (its role, stance, certainty...).</typeparam>
/// <remarks>Phrases are tokenised with <see cref="Tokenizer"/> at load time; matching compares spans and allocates nothing.
/// Phrases are indexed by their first word, and by their last word for matching backwards from a token.</remarks>
public sealed class PhraseLexicon<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirst;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lastLookup;
    private readonly WordFilter _firstFilter;
    private readonly WordFilter _lastFilter;

    internal PhraseLexicon(Dictionary<string, List<Entry>> byFirst)
    {
        _byFirst = byFirst.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstFilter = new WordFilter(byFirst.Keys);
        var byLast = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in byFirst.Values)
        {
            foreach (var entry in list)
            {
                if (!byLast.TryGetValue(entry.Words[^1], out var last))
                {
                    byLast[entry.Words[^1]] = last = [];
                }

                last.Add(entry);
            }
        }

        _lastLookup = byLast
            .ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _lastFilter = new WordFilter(byLast.Keys);
    }

    /// <summary>The distinct first words of the phrases.</summary>
    internal IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>Number of phrases.</summary>
    public int Count => _byFirst.Values.Sum(v => v.Length);

    /// <summary>The longest phrase starting at token <paramref name="index"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, IReadOnlyList<Token> tokens, int index, int limit, out Match match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        match = default;
        if (tokens is List<Token> list)
        {
            // The document's own token list: match over its span without an interface call per token.
            var span = CollectionsMarshal.AsSpan(list);
            var n = MatchForward(text, span, index, Math.Min(limit, span.Length), out var entry, anyKind: true);
            if (n > 0)
            {
                match = new Match(index, index + n, entry!.Phrase, entry.Value);
                return true;
            }

            return false;
        }

        var first = tokens[index].Chars(text);
        if (!_firstFilter.MayContain(first) || !_lookup.TryGetValue(first, out var entries))
        {
            return false;
        }

        foreach (var candidate in entries)
        {
            var n = candidate.Words.Length;
            if (index + n > limit)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < n && ok; k++)
            {
                ok = AsciiText.EqualsIgnoreCase(tokens[index + k].Chars(text), candidate.Words[k]);
            }

            if (ok)
            {
                match = new Match(index, index + n, candidate.Phrase, candidate.Value);
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest phrase of word tokens starting at <paramref name="index"/> and ending by <paramref name="limit"/>;
    /// the number of tokens matched, or 0.</summary>
    internal int MatchForward(string text, ReadOnlySpan<Token> tokens, int index, int limit, out T value)
    {
        var n = MatchForward(text, tokens, index, limit, out var entry, anyKind: false);
        value = n > 0 ? entry!.Value : default!;
        return n;
    }

    /// <summary>Longest phrase of word tokens ending just before <paramref name="end"/> and starting at or after
    /// <paramref name="floor"/>; the number of tokens matched, or 0.</summary>
    internal int MatchBackward(string text, ReadOnlySpan<Token> tokens, int end, int floor, out T value)
    {
        value = default!;
        var last = end - 1;
        if (last < floor || last >= tokens.Length || tokens[last].Kind != TokenKind.Word)
        {
            return 0;
        }

        var word = text.AsSpan(tokens[last].Start, tokens[last].Length);
        if (!_lastFilter.MayContain(word) || !_lastLookup.TryGetValue(word, out var entries))
        {
            return 0;
        }

        foreach (var entry in entries)
        {
            var start = end - entry.Words.Length;
            if (start >= floor && Same(text, tokens, start, entry.Words, anyKind: false))
            {
                value = entry.Value;
                return entry.Words.Length;
            }
        }

        return 0;
    }

    private int MatchForward(string text, ReadOnlySpan<Token> tokens, int index, int limit, out Entry? match, bool anyKind)
    {
        match = null;
        if (index >= limit || (!anyKind && tokens[index].Kind != TokenKind.Word))
        {
            return 0;
        }

        var first = text.AsSpan(tokens[index].Start, tokens[index].Length);
        if (!_firstFilter.MayContain(first) || !_lookup.TryGetValue(first, out var entries))
        {
            return 0;
        }

        foreach (var entry in entries)
        {
            if (index + entry.Words.Length <= limit && Same(text, tokens, index, entry.Words, anyKind))
            {
                match = entry;
                return entry.Words.Length;
            }
        }

        return 0;
    }

    private static bool Same(string text, ReadOnlySpan<Token> tokens, int start, string[] words, bool anyKind)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var t = tokens[start + k];
            if ((!anyKind && t.Kind != TokenKind.Word) || !AsciiText.EqualsIgnoreCase(text.AsSpan(t.Start, t.Length), words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A phrase found in the tokens: [<see cref="First"/>, <see cref="End"/>) token indexes.</summary>
    public readonly record struct Match(int First, int End, string Phrase, T Value);

    internal sealed record Entry(string[] Words, string Phrase, T Value);
}

/// <summary>Loads <see cref="PhraseLexicon{T}"/>s from embedded lexicon files.</summary>
public static class PhraseLexicon
{
    /// <summary>Loads an embedded TSV whose first column is the phrase; <paramref name="parse"/> turns the row into the value.</summary>
    public static PhraseLexicon<T> Load<T>(string fileName, Func<string[], T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var byFirst = new Dictionary<string, List<PhraseLexicon<T>.Entry>>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var (line, fields) in LexiconFile.Read(fileName))
        {
            var phrase = fields[0];
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            if (tokens.Count == 0)
            {
                throw new InvalidOperationException($"{fileName}:{line}: empty phrase.");
            }

            var words = tokens.Select(t => phrase[t.Start..t.End]).ToArray();
            T value;
            try
            {
                value = parse(fields);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException)
            {
                throw new InvalidOperationException($"{fileName}:{line}: {e.Message}", e);
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add(new PhraseLexicon<T>.Entry(words, phrase, value));
        }

        return new PhraseLexicon<T>(byFirst);
    }
}
