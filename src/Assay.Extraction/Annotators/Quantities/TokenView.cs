using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The figure tokens of one region with the text they point into, and small, allocation-free tests on them.</summary>
/// <remarks>Shared by the quantity and time readers; indexes are relative to the region.</remarks>
internal readonly ref struct TokenView
{
    /// <summary>Views <paramref name="tokens"/>, which point into <paramref name="text"/>.</summary>
    public TokenView(string text, ReadOnlySpan<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>Tokens of the region, in order.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => Tokens.Length;

    /// <summary>Token at <paramref name="i"/>.</summary>
    public Token this[int i] => Tokens[i];

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Chars(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>True when token <paramref name="i"/> exists and is a word.</summary>
    public bool IsWord(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Word;

    /// <summary>True when token <paramref name="i"/> is the word <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int i, string word) =>
        IsWord(i) && Tokens[i].Length == word.Length && SameWord(Chars(i), word);

    /// <summary>True when token <paramref name="i"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAnyWord(int i, params ReadOnlySpan<string> words)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var chars = Chars(i);
        foreach (var w in words)
        {
            if (w.Length == chars.Length && SameWord(chars, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> is one of <paramref name="words"/> (a set compared ignoring case).</summary>
    /// <remarks>For the longer word lists, which a word filter rules out for most words before any comparison.</remarks>
    public bool IsAnyWord(int i, WordSet words) => IsWord(i) && words.Contains(Chars(i));

    // Equal ignoring case; words of the same length mostly differ in their first letter, which is tested inline
    // first. Two ASCII characters equal ignoring case agree once bit 0x20 is set, so a difference there settles it.
    private static bool SameWord(ReadOnlySpan<char> chars, string word)
    {
        if (chars.IsEmpty || word.Length == 0)
        {
            return chars.Length == word.Length;
        }

        var a = chars[0];
        var b = word[0];
        if (a < 128 && b < 128 && (a | 0x20) != (b | 0x20))
        {
            return false;
        }

        return AsciiText.EqualsIgnoreCase(chars, word);
    }

    /// <summary>True when token <paramref name="i"/> exists and is the punctuation <paramref name="c"/>.</summary>
    public bool IsPunct(int i, char c) =>
        (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    /// <summary>True when token <paramref name="i"/> touches the token before it (no space between).</summary>
    public bool Glued(int i) => i > 0 && i < Tokens.Length && !Tokens[i].SpaceBefore;

    /// <summary>True when token <paramref name="i"/> is a word starting with an upper-case letter.</summary>
    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>Characters a word buffer may take on the stack.</summary>
    internal const int StackChars = 256;

    /// <summary>The words of tokens [<paramref name="start"/>, <paramref name="end"/>) in lower case, except acronyms
    /// ("KPA", "NIS") which lose their meaning when lowered, one space wherever the text has space between tokens.</summary>
    public string LowerWords(int start, int end)
    {
        if (start >= end)
        {
            return string.Empty;
        }

        // Each token adds its characters and at most one space, so the text they cover bounds the result.
        var bound = Tokens[end - 1].End - Tokens[start].Start + (end - start);
        var buffer = bound <= StackChars ? stackalloc char[StackChars] : new char[bound];
        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (k > start && Tokens[k].SpaceBefore)
            {
                buffer[n++] = ' ';
            }

            var w = Chars(k);
            if (w.Length >= 2 && AllInRange(w, 'A', 'Z'))
            {
                w.CopyTo(buffer[n..]);
                n += w.Length;
            }
            else
            {
                foreach (var c in w)
                {
                    buffer[n++] = char.ToLowerInvariant(c);
                }
            }
        }

        return RecentStrings.Get(buffer[..n]);
    }

    /// <summary>True when every character of <paramref name="chars"/> lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <remarks>A plain loop: MemoryExtensions.ContainsAnyExceptInRange boxes its bounds on the short spans of words.</remarks>
    public static bool AllInRange(ReadOnlySpan<char> chars, char low, char high)
    {
        foreach (var c in chars)
        {
            if (c < low || c > high)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when token <paramref name="i"/> ends a sentence or clause for look-back purposes.</summary>
    public bool IsBoundary(int i) =>
        (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] is '.' or '!' or '?' or ';';

}
