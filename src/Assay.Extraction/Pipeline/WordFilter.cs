namespace Assay.Extraction.Pipeline;

/// <summary>A quick test that a word cannot be in a set of words, by its first letter and its length; "may contain"
/// answers are then settled by the set itself. Case-insensitive unless built otherwise.</summary>
/// <remarks>Lexicon lookups run for nearly every token and nearly all of them miss; a table probe rejects most
/// ("the", "of", "and") for far less than hashing the word. Words starting with a character outside ASCII are
/// always passed on; a listed word starting with one ("Élysée") needs no mark unless, ignoring case, its first
/// character's upper case is an ASCII letter.</remarks>
internal readonly struct WordFilter
{
    private const int LongWord = 63;

    // For each ASCII character (upper case folded to lower), one bit per word length (63 for any longer word).
    private readonly ulong[] _lengthsByFirst;
    private readonly bool _passAll;
    private readonly bool _caseSensitive;

    /// <summary>Builds the filter for <paramref name="words"/>, compared ignoring case unless <paramref name="caseSensitive"/>.</summary>
    public WordFilter(IEnumerable<string> words, bool caseSensitive = false)
    {
        _caseSensitive = caseSensitive;
        _lengthsByFirst = new ulong[128];
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                _passAll = true;
                continue;
            }

            var first = word[0];
            if (first >= 128)
            {
                // Only words starting outside ASCII can equal it, and those always pass; ignoring case, an ASCII
                // letter can too when the character's upper case is one.
                first = caseSensitive ? first : char.ToUpperInvariant(first);
                if (first >= 128)
                {
                    continue;
                }
            }

            _lengthsByFirst[Fold(first, caseSensitive)] |= 1UL << Math.Min(word.Length, LongWord);
        }
    }

    /// <summary>False only when <paramref name="word"/> is certainly not one of the words.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return _passAll;
        }

        var c = word[0];
        return _passAll || c >= 128 || (_lengthsByFirst[Fold(c, _caseSensitive)] & (1UL << Math.Min(word.Length, LongWord))) != 0;
    }

    private static int Fold(char c, bool caseSensitive) => !caseSensitive && c is >= 'A' and <= 'Z' ? c + 32 : c;
}
