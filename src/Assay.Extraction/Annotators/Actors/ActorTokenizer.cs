namespace Assay.Extraction.Annotators.Actors;

/// <summary>Splits text into words and punctuation characters for lexicon matching.</summary>
internal static class ActorTokenizer
{
    /// <summary>Fills <paramref name="tokens"/> (at least <c>text.Length</c> long) and returns how many were written.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<ActorToken> tokens)
    {
        var count = 0;
        var i = 0;
        byte gap = 3;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var newlines = 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    if (text[i] == '\n')
                    {
                        newlines++;
                    }

                    i++;
                }

                gap = Math.Max(gap, newlines switch { 0 => (byte)1, 1 => (byte)2, _ => (byte)3 });
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
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
}
