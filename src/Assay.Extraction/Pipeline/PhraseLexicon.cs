using System.Collections.Frozen;
using Assay.Extraction.Lexicons;

namespace Assay.Extraction.Pipeline;

/// <summary>A lexicon of multi-word phrases matched token by token, case-insensitively, longest first.</summary>
/// <typeparam name="T">What each phrase carries (its role, stance, certainty...).</typeparam>
/// <remarks>Phrases are tokenised with <see cref="Tokenizer"/> at load time; matching compares spans and allocates nothing.</remarks>
public sealed class PhraseLexicon<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirst;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal PhraseLexicon(Dictionary<string, List<Entry>> byFirst)
    {
        _byFirst = byFirst.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of phrases.</summary>
    public int Count => _byFirst.Values.Sum(v => v.Length);

    /// <summary>The longest phrase starting at token <paramref name="index"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, IReadOnlyList<Token> tokens, int index, int limit, out Match match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        match = default;
        if (!_lookup.TryGetValue(tokens[index].Chars(text), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var n = entry.Words.Length;
            if (index + n > limit)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < n && ok; k++)
            {
                ok = tokens[index + k].Chars(text).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                match = new Match(index, index + n, entry.Phrase, entry.Value);
                return true;
            }
        }

        return false;
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
