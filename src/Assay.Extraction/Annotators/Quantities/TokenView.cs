namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The tokens of one region with the text they point into, and small, allocation-free tests on them.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Tokens">Tokens of the region, in order.</param>
internal readonly record struct TokenView(string Text, List<TextToken> Tokens)
{
    /// <summary>Number of tokens.</summary>
    public int Count => Tokens.Count;

    /// <summary>Token at <paramref name="i"/>.</summary>
    public TextToken this[int i] => Tokens[i];

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Chars(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>True when token <paramref name="i"/> exists and is a word.</summary>
    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Word;

    /// <summary>True when token <paramref name="i"/> is the word <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int i, string word) => IsWord(i) && Chars(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAnyWord(int i, params ReadOnlySpan<string> words)
    {
        if (!IsWord(i))
        {
            return false;
        }

        foreach (var w in words)
        {
            if (Chars(i).Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> exists and is the punctuation <paramref name="c"/>.</summary>
    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Punct && Text[Tokens[i].Start] == c;

    /// <summary>True when token <paramref name="i"/> touches the token before it (no space between).</summary>
    public bool Glued(int i) => i > 0 && i < Tokens.Count && !Tokens[i].SpaceBefore;

    /// <summary>True when token <paramref name="i"/> is a word starting with an upper-case letter.</summary>
    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>True when token <paramref name="i"/> ends a sentence or clause for look-back purposes.</summary>
    public bool IsBoundary(int i) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Punct && Text[Tokens[i].Start] is '.' or '!' or '?' or ';';
}
