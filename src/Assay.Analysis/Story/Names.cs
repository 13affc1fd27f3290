using System.Text;

namespace Assay.Analysis.Story;

/// <summary>Comparison forms of source and outlet names.</summary>
internal static class Names
{
    private static readonly string[] OutletSuffixes = [" news agency", " news service", " news", ".com", ".org", ".net", ".co.uk"];

    /// <summary>Lower case, single spaces, no leading "the".</summary>
    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var text = builder.ToString();
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }

    /// <summary>An outlet's comparison form without "news agency" and web suffixes ("Yonhap News Agency" → "yonhap").</summary>
    public static string OutletKey(string outlet)
    {
        var key = Normalise(outlet);
        foreach (var suffix in OutletSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                key = key[..^suffix.Length];
            }
        }

        return key;
    }

    /// <summary>True when two names of a body are the same once normalised, a trailing acronym in brackets aside:
    /// "Institute for Conflict Assessment (ICA)" is the "Institute for Conflict Assessment".</summary>
    public static bool SameBody(string name, string other)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(other);
        return Normalise(WithoutAcronym(name)) == Normalise(WithoutAcronym(other));
    }

    // "Name (ABC)": the name without its acronym, when the brackets hold two to eight capitals and nothing else.
    private static string WithoutAcronym(string name)
    {
        var trimmed = name.TrimEnd();
        if (trimmed.Length < 5 || trimmed[^1] != ')')
        {
            return trimmed;
        }

        var open = trimmed.LastIndexOf('(');
        var inside = open > 0 ? trimmed.AsSpan(open + 1, trimmed.Length - open - 2) : default;
        return inside.Length is >= 2 and <= 8 && !inside.ContainsAnyExceptInRange('A', 'Z') ? trimmed[..open].TrimEnd() : trimmed;
    }

    /// <summary>True when both are given and differ: two different nationalities, agents or places.</summary>
    public static bool Conflict(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) && !string.Equals(a, b, StringComparison.Ordinal);
}
