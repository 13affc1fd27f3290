namespace Assay.Extraction.Pipeline;

/// <summary>Splits text into words, numbers and punctuation without allocating per token.</summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var tokenStart = i;
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

                tokens.Add(new Token(tokenStart, i, kind));
            }
            else
            {
                i++;
                tokens.Add(new Token(tokenStart, i, TokenKind.Punctuation));
            }
        }
    }

    /// <summary>True when the token's text equals <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(this Token token, string text, string word) =>
        text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token's characters.</summary>
    public static ReadOnlySpan<char> Chars(this Token token, string text) => text.AsSpan(token.Start, token.Length);

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
}
