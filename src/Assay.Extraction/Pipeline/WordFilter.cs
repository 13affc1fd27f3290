namespace Assay.Extraction.Pipeline;

/// <summary>A quick test that a word cannot be in a set of words, by its first letter and its length, then by its
/// first two letters and its length, then by its first and last letters and its length; "may contain" answers are then
/// settled by the set itself. Case-insensitive
/// unless built otherwise.</summary>
/// <remarks>Lexicon lookups run for nearly every token and nearly all of them miss; a table probe rejects most
/// ("the", "of", "and") for far less than hashing the word. First letter and length alone let a third to a half of
/// the words of a text through to the larger lexicons ("and" for "aid", "that" for "toll"); the second letter stops
/// most of those. Words starting with a character outside ASCII are always passed on; a listed word starting with
/// one ("Élysée") needs no mark unless, ignoring case, its first character's upper case is an ASCII letter. Words
/// whose second character lies outside ASCII skip the pair table, and words whose last character does skip the table of
/// first and last characters.</remarks>
internal readonly struct WordFilter
{
    private const int LongWord = 63;

    // For each ASCII character (upper case folded to lower), one bit per word length (63 for any longer word).
    private readonly ulong[] _lengthsByFirst;

    // For each pair of first two characters, each reduced to its low five bits after folding case (so letters are
    // told apart and other characters share slots, which only lets more words through), one bit per word length.
    // A one-letter word has second character 0.
    private readonly ulong[] _lengthsByPair;

    // The same for the first and last characters: words of a length sharing their first two letters with a listed
    // word ("figure" and "firing") mostly end differently.
    private readonly ulong[] _lengthsByEnds;
    private readonly bool _passAll;
    private readonly bool _caseSensitive;

    /// <summary>Builds the filter for <paramref name="words"/>, compared ignoring case unless <paramref name="caseSensitive"/>.</summary>
    public WordFilter(IEnumerable<string> words, bool caseSensitive = false)
    {
        _caseSensitive = caseSensitive;
        _lengthsByFirst = new ulong[128];
        _lengthsByPair = new ulong[32 * 32];
        _lengthsByEnds = new ulong[32 * 32];
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

            var length = 1UL << Math.Min(word.Length, LongWord);
            _lengthsByFirst[Fold(first, caseSensitive)] |= length;
            var second = word.Length > 1 ? word[1] : '\0';
            if (second >= 128)
            {
                // Words with a second character outside ASCII skip the pair table; ignoring case, an ASCII one
                // can equal this one when its upper case is ASCII.
                second = caseSensitive ? second : char.ToUpperInvariant(second);
            }

            if (second < 128)
            {
                _lengthsByPair[Pair(first, second)] |= length;
            }

            // The last character likewise: words ending outside ASCII skip the table of ends.
            var last = word[^1];
            if (last >= 128)
            {
                last = caseSensitive ? last : char.ToUpperInvariant(last);
            }

            if (last < 128)
            {
                _lengthsByEnds[Pair(first, last)] |= length;
            }
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
        if (_passAll || c >= 128)
        {
            return true;
        }

        var length = 1UL << Math.Min(word.Length, LongWord);
        if ((_lengthsByFirst[Fold(c, _caseSensitive)] & length) == 0)
        {
            return false;
        }

        var second = word.Length > 1 ? word[1] : '\0';
        if (second < 128 && (_lengthsByPair[Pair(c, second)] & length) == 0)
        {
            return false;
        }

        var last = word[^1];
        return last >= 128 || (_lengthsByEnds[Pair(c, last)] & length) != 0;
    }

    private static int Fold(char c, bool caseSensitive) => !caseSensitive && c is >= 'A' and <= 'Z' ? c + 32 : c;

    // ASCII letters fold to 1-26 in either case; other characters share the remaining slots with them.
    private static int Pair(char first, char second) => (((first | 0x20) & 31) << 5) | ((second | 0x20) & 31);
}
