using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace Assay.Extraction.Pipeline;

/// <summary>Splits text into words, numbers and punctuation without allocating per token.</summary>
/// <remarks>Two granularities over one token type. <see cref="Tokenize"/> gives the word tokens phrase lexicons
/// match ("U.S.", "S-400", "twenty-five", "1,500" are one token each). <see cref="TokenizeFigures"/> gives the finer
/// tokens figure and date readers need: letters and digits apart ("12" "K", "S" "-" "400"), numbers with every
/// thousands separator they may carry ("10 000", no-break and thin spaces), over-long digit runs marked
/// <see cref="TokenKind.LongDigits"/>, and inline tags ("&lt;u&gt;") skipped. Figures follow the number style of the
/// article's language (<see cref="WritesDecimalComma"/>).</remarks>
public static class Tokenizer
{
    /// <summary>Longest figure token (digits, separators and decimals) read as a number.</summary>
    internal const int MaxDigits = 18;

    private static readonly SearchValues<char> GroupSeparators = SearchValues.Create(",\u0020\u00A0\u202F\u2009");

    private static readonly SearchValues<char> DecimalCommaGroupSeparators = SearchValues.Create(".\u0020\u00A0\u202F\u2009");

    // Primary language subtags whose standard number style writes a decimal comma and groups thousands with a
    // full stop or a space (CLDR's decimal symbol for the language). English, Chinese, Japanese, Korean, Hebrew,
    // Arabic, Hindi, Thai and others write a decimal point and are absent.
    private static readonly FrozenSet<string> DecimalCommaLanguages = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "cs", "sk", "sv", "da", "nb", "nn", "no", "fi", "tr", "el", "ro",
        "hu", "bg", "hr", "sr", "sl", "id", "lt", "lv", "et", "be", "ca", "gl", "eu", "is", "az", "kk", "ka", "mk", "sq", "bs", "vi");

    // Regional variants of those languages that write a decimal point instead (Swiss German and Italian, the Spanish
    // of Mexico, Central America and the United States).
    private static readonly FrozenSet<string> DecimalPointRegions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "de-CH", "de-LI", "it-CH", "es-MX", "es-US", "es-419", "es-DO", "es-GT", "es-HN", "es-NI", "es-PA", "es-PE", "es-PR", "es-SV");

    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
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

            var tokenStart = i;
            var spaceBefore = space;
            space = false;
            if (char.IsLetterOrDigit(c))
            {
                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        if (kind == TokenKind.Number && char.IsLetter(d))
                        {
                            kind = TokenKind.Word;
                        }

                        i++;
                    }
                    else if (IsInner(d) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && KeepsInner(d, text[i - 1], text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (d == '.' && kind == TokenKind.Word && IsDottedAbbreviation(text, tokenStart, i))
                    {
                        // "U.S." keeps its final stop.
                        i++;
                        break;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(tokenStart, i, kind) { SpaceBefore = spaceBefore });
            }
            else
            {
                i++;
                tokens.Add(new Token(tokenStart, i, TokenKind.Punctuation) { SpaceBefore = spaceBefore });
            }
        }
    }

    /// <summary>True when <paramref name="language"/> (a BCP 47 tag such as "de-DE") writes a decimal comma: "2,5" is
    /// two and a half and "10.000" ten thousand.</summary>
    /// <remarks>Decided by the primary subtag, except for the few regions that write a decimal point in a
    /// decimal-comma language ("de-CH", "es-MX"). English and an unknown language (null) give false: without a stated
    /// locale Assay does not guess, because "10.000" is ten in English and the two readings differ a thousandfold.</remarks>
    internal static bool WritesDecimalComma(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return false;
        }

        var normalised = language.Replace('_', '-');
        var dash = normalised.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return DecimalCommaLanguages.Contains(normalised);
        }

        var nextDash = normalised.IndexOf('-', dash + 1);
        var languageAndRegion = nextDash < 0 ? normalised : normalised[..nextDash];
        return DecimalCommaLanguages.Contains(normalised[..dash]) && !DecimalPointRegions.Contains(languageAndRegion);
    }

    /// <summary>Appends the figure tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    /// <remarks>Numbers keep their thousands separators (comma, space, no-break or thin space, always three digits
    /// after each, one kind throughout) and decimal part inside one token; a run of more than
    /// <see cref="MaxDigits"/> digits becomes <see cref="TokenKind.LongDigits"/> so it is never parsed. With
    /// <paramref name="decimalComma"/> the roles swap: a full stop (or a space) groups thousands ("1.500.000") and a
    /// comma starts the decimals ("2,5"); such number tokens carry <see cref="Token.DecimalComma"/>.</remarks>
    internal static void TokenizeFigures(string text, int start, int end, List<Token> tokens, bool decimalComma = false)
    {
        var ascii = AsciiClasses;
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            var cls = c < 128 ? ascii[c] : Class(c);
            if (cls == AsciiSpace)
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
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                next = ScanNumber(text, i, end, decimalComma, out kind);
            }
            else if (cls == AsciiLetter || (c >= 128 && char.IsLetter(c)))
            {
                next = ScanLetters(text, i, end);
                kind = TokenKind.Word;
            }
            else
            {
                next = i + 1;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(i, next, kind) { SpaceBefore = space, DecimalComma = decimalComma && kind == TokenKind.Number });
            space = false;
            i = next;
        }
    }

    /// <summary>Parses a figure token's value, ignoring its group separators; with <paramref name="decimalComma"/> the
    /// comma is the decimal mark and full stops group thousands. False when it does not fit.</summary>
    internal static bool TryValue(ReadOnlySpan<char> token, bool decimalComma, out double value)
    {
        value = 0;
        if (token.Length > MaxDigits + 8)
        {
            return false;
        }

        // Even where the language writes a decimal comma, a lone comma followed by exactly three digits ("1,000") is
        // a thousands separator: English-language editions of such outlets keep their page language.
        if (decimalComma && token.LastIndexOf(',') is var lastComma and > 0 && token.Length - lastComma == 4
            && token.IndexOf(',') == lastComma && token.IndexOf('.') < 0)
        {
            decimalComma = false;
        }

        var decimalMark = decimalComma ? ',' : '.';
        Span<char> buffer = stackalloc char[token.Length];
        var n = 0;
        ulong mantissa = 0;
        int digits = 0, marks = 0, decimals = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
                mantissa = (mantissa * 10) + (uint)(c - '0');
                digits++;
                decimals += marks;
            }
            else if (c == decimalMark)
            {
                buffer[n++] = '.';
                marks++;
            }
        }

        // Up to 15 digits with at most one decimal mark, the figures of news text, are exact as a double, and so is
        // the power of ten dividing them: one correctly rounded division gives what parsing the digits would.
        if (digits is > 0 and <= 15 && marks <= 1)
        {
            value = decimals == 0 ? mantissa : mantissa / PowersOfTen[decimals];
            return true;
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static ReadOnlySpan<double> PowersOfTen => [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>True when the token's text equals <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(this Token token, string text, string word) =>
        AsciiText.EqualsIgnoreCase(text.AsSpan(token.Start, token.Length), word ?? string.Empty);

    /// <summary>The token's characters.</summary>
    public static ReadOnlySpan<char> Chars(this Token token, string text) => text.AsSpan(token.Start, token.Length);

    private const byte AsciiOther = 0;
    private const byte AsciiSpace = 1;
    private const byte AsciiLetter = 2;
    private const byte AsciiDigit = 3;

    // The class of each ASCII character: tab to carriage return and space are white space (as char.IsWhiteSpace has
    // them), then letters and digits; everything else is other.
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    // Characters outside ASCII: white space, letters, digits of any script (which figure tokens do not take as digits)
    // or other.
    private static byte Class(char c) =>
        char.IsWhiteSpace(c) ? AsciiSpace : char.IsLetter(c) ? AsciiLetter : char.IsDigit(c) ? AsciiDigit : AsciiOther;

    private static bool IsInner(char c) => c is '\'' or '\u2019' or '-' or '.' or ',' or '\u2010' or '\u2011';

    private static bool KeepsInner(char c, char before, char after) => c switch
    {
        // Separators and decimal points only inside numbers: "1,500", "1.5"; a comma never joins words.
        ',' => char.IsDigit(before) && char.IsDigit(after),
        '.' => (char.IsDigit(before) && char.IsDigit(after)) || (char.IsUpper(before) && char.IsUpper(after)),
        _ => true,
    };

    private static bool IsDottedAbbreviation(string text, int start, int dot)
    {
        // A word like "U.S" (capital, dot, capital) followed by its final stop.
        return dot - start >= 3 && text[start + 1] == '.' && char.IsUpper(text[dot - 1]);
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

    // Letters with inner apostrophes ("Pyongyang's"); digits and hyphens end the token.
    private static int ScanLetters(string text, int i, int end)
    {
        i++;
        while (i < end)
        {
            var c = text[i];
            if (c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c))
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

    private static int ScanNumber(string text, int start, int end, bool decimalComma, out TokenKind kind)
    {
        var groupSeparators = decimalComma ? DecimalCommaGroupSeparators : GroupSeparators;
        var decimalMark = decimalComma ? ',' : '.';
        var i = DigitRun(text, start, end);
        var first = i - start;
        if (first > MaxDigits)
        {
            kind = TokenKind.LongDigits;
            return i;
        }

        // Thousands groups: the lead group has 1-3 digits, each later group exactly 3, one separator kind throughout.
        if (first <= 3 && i + 4 <= end && groupSeparators.Contains(text[i]))
        {
            var separator = text[i];
            while (i + 4 <= end && text[i] == separator && DigitRun(text, i + 1, end) == i + 4
                && !(IsSpaceSeparator(separator) && StartsUnit(text, i + 4, end)))
            {
                i += 4;
                if (i - start > MaxDigits + 6)
                {
                    kind = TokenKind.LongDigits;
                    return SkipNumberish(text, i, end, groupSeparators);
                }
            }
        }

        if (i + 1 < end && text[i] == decimalMark && char.IsAsciiDigit(text[i + 1]))
        {
            var after = DigitRun(text, i + 1, end);
            if (after - (i + 1) > MaxDigits)
            {
                kind = TokenKind.LongDigits;
                return after;
            }

            i = after;
        }

        kind = TokenKind.Number;
        return i;
    }

    private static bool IsSpaceSeparator(char c) => c is '\u0020' or '\u00A0' or '\u202F' or '\u2009';

    // "700 122-mm rockets", "700 122 mm rockets", "700 122mm rockets": a group of three digits that a calibre unit
    // follows is a calibre, not the thousands of the figure before the space. Any other word after a hyphen is kept
    // ("a 12 000-strong force").
    private static bool StartsUnit(string text, int i, int end)
    {
        var j = i;
        if (j < end && text[j] is '-' or '\u2010' or '\u2011' or ' ' or '\u00A0' or '\u202F' or '\u2009')
        {
            j++;
        }

        if (j + 2 > end || !(text[j] is 'm' or 'c') || text[j + 1] != 'm')
        {
            return false;
        }

        return j + 2 == end || !char.IsLetter(text[j + 2]);
    }

    private static int DigitRun(string text, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipNumberish(string text, int i, int end, SearchValues<char> groupSeparators)
    {
        while (i < end && (char.IsAsciiDigit(text[i]) || groupSeparators.Contains(text[i]) || text[i] is '.' or ','))
        {
            i++;
        }

        return i;
    }
}
