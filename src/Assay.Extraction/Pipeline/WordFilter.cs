namespace Assay.Extraction.Pipeline;

/// <summary>A quick test that a word cannot be in a set of words, by its length and its first, second and last
/// characters; "may contain" answers are then settled by the set itself. Case-insensitive unless built otherwise.</summary>
/// <remarks>Lexicon lookups run for nearly every token and nearly all of them miss; one bit test rejects most ("the",
/// "of", "and") for far less than hashing the word. The length and the three characters (upper case folded to lower
/// unless case-sensitive) are hashed to one bit of a 65,536-bit table, set for each listed word: a clear bit rules the
/// word out, a set one (the word's own, or another's sharing it, about one word in a hundred for a lexicon of a few
/// hundred words) leaves it to the set. Words with any of those three characters outside ASCII are always passed on; a
/// listed word with one needs no bit unless, ignoring case, the character's upper case is ASCII ("ſ" is "S").</remarks>
internal readonly struct WordFilter
{
    private const int LongWord = 63;

    private readonly ulong[] _bits;
    private readonly bool _passAll;
    private readonly bool _caseSensitive;

    /// <summary>Builds the filter for <paramref name="words"/>, compared ignoring case unless <paramref name="caseSensitive"/>.</summary>
    public WordFilter(IEnumerable<string> words, bool caseSensitive = false)
    {
        _caseSensitive = caseSensitive;
        _bits = new ulong[1024];
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                _passAll = true;
                continue;
            }

            var first = Ascii(word[0], caseSensitive);
            var second = word.Length > 1 ? Ascii(word[1], caseSensitive) : '\0';
            var last = Ascii(word[^1], caseSensitive);
            if ((first | second | last) >= 128)
            {
                // Words equal to this one have a character outside ASCII there too, and are always passed on.
                continue;
            }

            var bit = Bit(first, second, last, word.Length, caseSensitive);
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>False only when <paramref name="word"/> is certainly not one of the words.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return _passAll;
        }

        var first = word[0];
        var second = word.Length > 1 ? word[1] : '\0';
        var last = word[^1];
        if (_passAll || (first | second | last) >= 128)
        {
            return true;
        }

        var bit = Bit(first, second, last, word.Length, _caseSensitive);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    // A character outside ASCII whose upper case is ASCII stands for that letter when case is ignored.
    private static char Ascii(char c, bool caseSensitive) => c < 128 || caseSensitive ? c : char.ToUpperInvariant(c);

    private static uint Bit(char first, char second, char last, int length, bool caseSensitive)
    {
        var key = Fold(first, caseSensitive) | (Fold(second, caseSensitive) << 7) | (Fold(last, caseSensitive) << 14)
            | ((uint)Math.Min(length, LongWord) << 21);
        return (key * 0x9E3779B1u) >> 16;
    }

    private static uint Fold(char c, bool caseSensitive) => !caseSensitive && (uint)(c - 'A') <= 'Z' - 'A' ? (uint)c | 0x20u : c;
}
