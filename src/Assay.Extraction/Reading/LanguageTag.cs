using System.Text.RegularExpressions;

namespace Assay.Extraction.Reading;

/// <summary>Turns the language labels sources carry ("de_DE" in og:locale, "en-us" in <c>&lt;html lang&gt;</c>,
/// "de" in a header line) into BCP 47 tags.</summary>
internal static partial class LanguageTag
{
    /// <summary>The BCP 47 tag for <paramref name="value"/> ("de_de" → "de-DE"), or null when it is not a language tag.</summary>
    /// <remarks>Of a list ("de-DE, en") the first tag is taken. Names of languages ("German") are not tags and give null:
    /// a wrong language would change how figures are read, so nothing is guessed.</remarks>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var first = value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (first.Length == 0)
        {
            return null;
        }

        var candidate = first[0].Replace('_', '-');
        if (!Tag().IsMatch(candidate))
        {
            return null;
        }

        var parts = candidate.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            // Region subtags are upper case ("DE"), script subtags title case ("Latn"), the rest lower case.
            parts[i] = parts[i].Length switch
            {
                2 when char.IsAsciiLetter(parts[i][0]) => parts[i].ToUpperInvariant(),
                4 when char.IsAsciiLetter(parts[i][0]) => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                _ => parts[i].ToLowerInvariant(),
            };
        }

        return string.Join('-', parts);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
