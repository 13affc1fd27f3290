using System.Text.RegularExpressions;

namespace Assay.Extraction.Reading;

/// <summary>Finds publication dates written the ways news sites write them.</summary>
/// <remarks>Accepted: "October 21, 2024", "Oct. 21, 2024", "21 October 2024", "2024-10-21" and ISO date-times.
/// A date-time keeps its own calendar date (no time-zone conversion): the date is the one local to the outlet.
/// All-numeric dates other than ISO ("10/11/2024") are ambiguous and ignored.</remarks>
internal static partial class DateText
{
    private const string Month =
        "(?<month>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    /// <summary>Finds the first date in <paramref name="text"/>; returns the character count it covered.</summary>
    public static bool TryFind(string text, out DateOnly date, out int matchLength)
    {
        date = default;
        matchLength = 0;
        var match = Pattern().Match(text);
        while (match.Success)
        {
            if (TryBuild(match, out date))
            {
                matchLength = match.Length;
                return true;
            }

            match = match.NextMatch();
        }

        return false;
    }

    /// <summary>Parses a value holding a date (JSON fields, HTML meta content).</summary>
    public static DateOnly? Parse(string? value) =>
        value is not null && TryFind(value, out var date, out _) ? date : null;

    /// <summary>True when <paramref name="line"/> is essentially a date line ("Updated Oct. 23, 2024, 10:15 a.m. ET").</summary>
    public static bool IsDateLine(string line, out DateOnly date, out bool isUpdate)
    {
        isUpdate = false;
        date = default;
        if (line.Length > 90 || !TryFind(line, out date, out var length))
        {
            return false;
        }

        // What is left beside the date may be a label, weekday, time or zone, but not a sentence.
        var rest = line.Length - length;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (rest > 45 || words > 12)
        {
            return false;
        }

        isUpdate = UpdateLabel().IsMatch(line);
        return true;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (match.Groups["iy"].Success)
        {
            year = int.Parse(match.Groups["iy"].ValueSpan);
            month = int.Parse(match.Groups["im"].ValueSpan);
            day = int.Parse(match.Groups["id"].ValueSpan);
        }
        else
        {
            year = int.Parse(match.Groups["year"].ValueSpan);
            day = int.Parse(match.Groups["day"].ValueSpan);
            month = MonthNumber(match.Groups["month"].Value);
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };

    [GeneratedRegex(
        "(?<![\\d-])(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?!\\d)"
        + "|\\b" + Month + "\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b"
        + "|\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + ",?\\s+(?<year>\\d{4})\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex("^\\W*(?:last\\s+)?(?:updated|modified|edited)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UpdateLabel();
}
