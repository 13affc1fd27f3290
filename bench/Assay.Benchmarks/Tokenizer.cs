namespace Assay.Benchmarks;

/// <summary>The floor for extraction speed: one pass that only splits text into word and punctuation tokens.</summary>
public static class Tokenizer
{
    /// <summary>Counts tokens (runs of letters and digits, and each other non-space character) without allocating.</summary>
    public static int CountTokens(ReadOnlySpan<char> text)
    {
        var tokens = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    tokens++;
                    inWord = true;
                }
            }
            else
            {
                inWord = false;
                if (!char.IsWhiteSpace(c))
                {
                    tokens++;
                }
            }
        }

        return tokens;
    }
}
