using System.Runtime.CompilerServices;

namespace Assay.Extraction.Pipeline;

/// <summary>Comparisons ignoring case that settle ASCII text, nearly all of it, with a plain loop and hand anything
/// else to <see cref="StringComparison.OrdinalIgnoreCase"/>, so the answers are the same as that comparison's.</summary>
/// <remarks>The annotators compare short words to literals at nearly every step; the general comparison's call and
/// set-up cost more than the comparison itself.</remarks>
internal static class AsciiText
{
    /// <summary>True when <paramref name="chars"/> equals <paramref name="word"/> ignoring case (ordinally).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> chars, string word)
    {
        if (chars.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < chars.Length; i++)
        {
            uint a = chars[i], b = word[i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) >= 128)
            {
                return chars.Equals(word, StringComparison.OrdinalIgnoreCase);
            }

            if (Fold(a) != Fold(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last index of <paramref name="value"/> in <paramref name="text"/> ignoring case (ordinally), or -1.</summary>
    public static int LastIndexOfIgnoreCase(ReadOnlySpan<char> text, string value)
    {
        if (value.Length > 0 && !char.IsAsciiLetter(value[0]) && value.Length <= text.Length
            && System.Text.Ascii.IsValid(text) && System.Text.Ascii.IsValid(value))
        {
            // A first character without case ("since" after a space) is found by the vectorised search; only there is
            // the rest compared.
            var window = text[..(text.Length - value.Length + 1)];
            while (true)
            {
                var at = window.LastIndexOf(value[0]);
                if (at < 0 || System.Text.Ascii.EqualsIgnoreCase(text.Slice(at, value.Length), value))
                {
                    return at;
                }

                window = window[..at];
            }
        }

        return text.LastIndexOf(value, StringComparison.OrdinalIgnoreCase);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(uint c) => c - 'A' <= 'Z' - 'A' ? c | 0x20u : c;
}
