namespace Assay.Extraction.Pipeline;

/// <summary>The strings the annotators made last, kept per thread, so that an equal one is handed out again rather
/// than made anew.</summary>
/// <remarks>Counted labels, cues, dates and source names repeat from figure to figure and article to article ("people",
/// "troops killed", "qualifier:more than+digits", "2024-10-21", "Regional experts"). Each thread keeps the last string made in each of a few slots, chosen by length and
/// three of its characters; a string equal to the one in its slot is that one, anything else replaces it.</remarks>
internal static class RecentStrings
{
    private const int Slots = 512;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>A string equal to <paramref name="chars"/>: the one kept for them when there is one, else a new one.</summary>
    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return string.Empty;
        }

        var slots = t_slots ??= new string?[Slots];
        var slot = (int)(((uint)chars.Length * 0x9E3779B1u) ^ chars[0] ^ ((uint)chars[^1] << 5) ^ ((uint)chars[chars.Length / 2] << 10)) & (Slots - 1);
        if (slots[slot] is { } known && chars.SequenceEqual(known))
        {
            return known;
        }

        return slots[slot] = new string(chars);
    }
}
