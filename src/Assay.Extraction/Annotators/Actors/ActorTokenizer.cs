using System.Buffers;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>Splits text into words and punctuation characters for lexicon matching.</summary>
internal static class ActorTokenizer
{
    private const byte Punctuation = 0;
    private const byte WordChar = 1;
    private const byte Space = 2;
    private const byte Newline = 3;

    // Words are scanned in vector steps to their first character that is not an ASCII letter or digit; only a
    // character outside ASCII there needs the Unicode tests.
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Fills <paramref name="tokens"/> (at least <c>text.Length</c> long) and returns how many were written.</summary>
    /// <remarks>Runs once over every article, so ASCII, nearly all of the text, is classed by one table read per
    /// character (<see cref="Ascii"/>) instead of the Unicode tests, and the rest of a word by a vector search.</remarks>
    public static int Tokenize(ReadOnlySpan<char> text, Span<ActorToken> tokens)
    {
        var ascii = Ascii;
        var count = 0;
        var i = 0;
        byte gap = 3;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = c < 128 ? ascii[c] : Class(c);
            if (kind >= Space)
            {
                var newlines = 0;
                while (true)
                {
                    if (kind == Newline)
                    {
                        newlines++;
                    }

                    if (++i >= text.Length)
                    {
                        break;
                    }

                    c = text[i];
                    kind = c < 128 ? ascii[c] : Class(c);
                    if (kind < Space)
                    {
                        break;
                    }
                }

                var run = newlines switch { 0 => (byte)1, 1 => (byte)2, _ => (byte)3 };
                gap = gap > run ? gap : run;
                continue;
            }

            var start = i;
            if (kind == WordChar)
            {
                i++;
                var run = text[i..].IndexOfAnyExcept(AsciiWordChars);
                i = run < 0 ? text.Length : i + run;
                while (i < text.Length && (c = text[i]) >= 128 && IsWordChar(c))
                {
                    i++;
                    run = text[i..].IndexOfAnyExcept(AsciiWordChars);
                    i = run < 0 ? text.Length : i + run;
                }

                tokens[count++] = new ActorToken(start, i - start, true, gap);
            }
            else
            {
                i++;
                tokens[count++] = new ActorToken(start, 1, false, gap);
            }

            gap = 0;
        }

        return count;
    }

    /// <summary>Letters, digits and combining marks form words.</summary>
    /// <remarks>ASCII, nearly all of the text, is settled without the Unicode tables (no ASCII character is a mark).</remarks>
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Straight, curly and modifier apostrophes are one character for matching.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    private static byte Class(char c) => char.IsWhiteSpace(c) ? (c == '\n' ? Newline : Space) : IsWordChar(c) ? WordChar : Punctuation;

    // The class of each ASCII character: tab to carriage return and space are white space, '\n' a line break,
    // letters and digits word characters, everything else punctuation.
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 2, 2, 2, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
