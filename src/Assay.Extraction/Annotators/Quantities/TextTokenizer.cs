using System.Buffers;
using System.Globalization;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Splits a region of text into words, numbers and punctuation in one linear pass.</summary>
/// <remarks>Shared by the quantity and time annotators. Numbers keep their thousands separators (comma, space,
/// no-break or thin space, always three digits after each) and decimal part inside one token; a run of more
/// than <see cref="MaxDigits"/> digits becomes <see cref="TextTokenKind.LongDigits"/> so it is never parsed.</remarks>
internal static class TextTokenizer
{
    /// <summary>Longest number token (digits, separators and decimals) read as a figure.</summary>
    public const int MaxDigits = 18;

    private static readonly SearchValues<char> GroupSeparators = SearchValues.Create(",\u0020\u00A0\u202F\u2009");

    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<TextToken> tokens)
    {
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (c == '<' && InlineTag(text, i, end) is var tagEnd and > 0)
            {
                i = tagEnd;
                continue;
            }

            int next;
            TextTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                next = ScanNumber(text, i, end, out kind);
            }
            else if (char.IsLetter(c))
            {
                next = ScanWord(text, i, end);
                kind = TextTokenKind.Word;
            }
            else
            {
                next = i + 1;
                kind = TextTokenKind.Punct;
            }

            tokens.Add(new TextToken(i, next, kind, space));
            space = false;
            i = next;
        }
    }

    /// <summary>Parses a number token's value, ignoring its separators; false when it does not fit.</summary>
    public static bool TryValue(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        if (token.Length > MaxDigits + 8)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c) || c == '.')
            {
                buffer[n++] = c;
            }
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // Inline tags a plain-text source may still hold ("<u>special forces</u>") are read as if absent.
    private static int InlineTag(string text, int i, int end)
    {
        var j = i + 1;
        if (j < end && text[j] == '/')
        {
            j++;
        }

        var letters = j;
        while (j < end && j - letters < 10 && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        return j > letters && j < end && text[j] == '>' ? j + 1 : -1;
    }

    private static int ScanWord(string text, int i, int end)
    {
        i++;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                i++;
            }
            else if ((c == '\'' || c == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int start, int end, out TextTokenKind kind)
    {
        var i = DigitRun(text, start, end);
        var first = i - start;
        if (first > MaxDigits)
        {
            kind = TextTokenKind.LongDigits;
            return i;
        }

        // Thousands groups: the lead group has 1-3 digits, each later group exactly 3, one separator kind throughout.
        if (first <= 3 && i + 4 <= end && GroupSeparators.Contains(text[i]))
        {
            var separator = text[i];
            while (i + 4 <= end && text[i] == separator && DigitRun(text, i + 1, end) == i + 4)
            {
                i += 4;
                if (i - start > MaxDigits + 6)
                {
                    kind = TextTokenKind.LongDigits;
                    return SkipNumberish(text, i, end);
                }
            }
        }

        if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            var after = DigitRun(text, i + 1, end);
            if (after - (i + 1) > MaxDigits)
            {
                kind = TextTokenKind.LongDigits;
                return after;
            }

            i = after;
        }

        kind = TextTokenKind.Number;
        return i;
    }

    private static int DigitRun(string text, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipNumberish(string text, int i, int end)
    {
        while (i < end && (char.IsAsciiDigit(text[i]) || GroupSeparators.Contains(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i;
    }
}
