using System.Globalization;
using Assay.Core.Time;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Times;

/// <summary>Calendar arithmetic that turns partial or relative dates into ISO values, given the publication date.</summary>
internal static class TimeResolver
{
    /// <summary>ISO value of a day.</summary>
    /// <remarks>Written digit by digit (a custom format string is parsed on every call), and the same day of an article
    /// mentioned again is the same string (<see cref="RecentStrings"/>).</remarks>
    public static string Day(DateOnly d)
    {
        Span<char> chars = stackalloc char[10];
        Digits(chars[..4], d.Year);
        chars[4] = '-';
        Digits(chars[5..7], d.Month);
        chars[7] = '-';
        Digits(chars[8..], d.Day);
        return RecentStrings.Get(chars);
    }

    /// <summary>ISO value of a month.</summary>
    public static string Month(int year, int month)
    {
        if (year is < 0 or > 9999 || month is < 0 or > 99)
        {
            return year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);
        }

        Span<char> chars = stackalloc char[7];
        Digits(chars[..4], year);
        chars[4] = '-';
        Digits(chars[5..], month);
        return RecentStrings.Get(chars);
    }

    /// <summary>ISO value of a year.</summary>
    public static string Year(int year)
    {
        if (year is < 0 or > 9999)
        {
            return year.ToString("D4", CultureInfo.InvariantCulture);
        }

        Span<char> chars = stackalloc char[4];
        Digits(chars, year);
        return RecentStrings.Get(chars);
    }

    // Writes value, which has at most as many digits as chars has room for, padded with leading zeros.
    private static void Digits(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>A valid date, or null ("February 30").</summary>
    public static DateOnly? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>How far after publication a date written without a year may lie and still be read in the same year.</summary>
    public const int LookAheadDays = 45;

    /// <summary>The year for a month and day written without one: the latest occurrence no more than
    /// <see cref="LookAheadDays"/> days after publication ("Oct. 28" in a report of Oct. 21 is that week; "Dec 30"
    /// in the same report is last December), because reports mostly look back.</summary>
    public static DateOnly? Nearest(int month, int day, DateOnly published)
    {
        for (var y = published.Year + 1; y >= published.Year - 1; y--)
        {
            if (Date(y, month, day) is { } d && d.DayNumber - published.DayNumber <= LookAheadDays)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The year of a bare month ("in June"): the latest one not after publication, or for a deadline
    /// ("by December") the first one not before it; "last"/"next" make it strictly before/after.</summary>
    public static int MonthYear(int month, DateOnly published, TimeRelation relation, string? modifier)
    {
        var y = published.Year;
        return modifier switch
        {
            "this" => y,
            "last" => month < published.Month ? y : y - 1,
            "next" => month > published.Month ? y : y + 1,
            _ when relation == TimeRelation.By => month >= published.Month ? y : y + 1,
            _ => month <= published.Month ? y : y - 1,
        };
    }

    /// <summary>The year that puts a bare month nearest to publication, ahead or behind (behind on a tie).</summary>
    public static int NearestMonthYear(int month, DateOnly published)
    {
        var behind = month <= published.Month ? published.Year : published.Year - 1;
        var monthsBehind = ((published.Year - behind) * 12) + published.Month - month;
        return 12 - monthsBehind < monthsBehind ? behind + 1 : behind;
    }

    /// <summary>A weekday: "on Monday" is the latest one on or before publication (the day itself when it is that
    /// weekday), "last Monday" strictly before, "next Monday" and "by Monday" on or after.</summary>
    public static DateOnly Weekday(int isoDay, DateOnly published, TimeRelation relation, string? modifier)
    {
        var today = IsoDay(published);
        var back = (today - isoDay + 7) % 7;
        var ahead = (isoDay - today + 7) % 7;
        return modifier switch
        {
            "last" => published.AddDays(-(back == 0 ? 7 : back)),
            "next" => published.AddDays(ahead == 0 ? 7 : ahead),
            "this" => published.AddDays(isoDay - today),
            _ when relation == TimeRelation.By => published.AddDays(ahead),
            _ => published.AddDays(-back),
        };
    }

    /// <summary>Value and granularity of a relative expression ("last week" = that week's Monday).</summary>
    public static (string Value, TimeGranularity Granularity) Relative(RelativeTime r, DateOnly published) => r.Unit switch
    {
        TimeUnit.Day => (Day(published.AddDays(r.Offset)), TimeGranularity.Day),
        TimeUnit.Week => (Day(published.AddDays(1 - IsoDay(published) + (7 * r.Offset))), TimeGranularity.Day),
        TimeUnit.Month => Shift(published, r.Offset),
        TimeUnit.YearEnd => (Month(published.Year + r.Offset, 12), TimeGranularity.Month),
        _ => (Year(published.Year + r.Offset), TimeGranularity.Year),
    };

    /// <summary>The year of a season (<paramref name="startMonth"/> is its first month; winter, starting in December,
    /// counts as the year it ends in). <paramref name="reading"/> "last" is the latest one already over, "next" the
    /// first one not yet begun, "by" the first not yet over, "since" the latest begun, "this" the one nearest to
    /// publication.</summary>
    public static int SeasonYear(int startMonth, DateOnly published, string reading)
    {
        // Each season lasts three months; y is the latest season of that name begun by publication.
        var y = startMonth <= published.Month ? published.Year : published.Year - 1;
        var begun = new DateOnly(y, startMonth, 1);
        var over = published >= begun.AddMonths(3);
        var year = reading switch
        {
            "last" => over ? y : y - 1,
            "next" => y + 1,
            "by" => over ? y + 1 : y,
            "since" => y,
            _ => over && published.DayNumber - begun.AddMonths(3).DayNumber > new DateOnly(y + 1, startMonth, 1).DayNumber - published.DayNumber ? y + 1 : y,
        };
        return startMonth == 12 ? year + 1 : year;
    }

    private static (string, TimeGranularity) Shift(DateOnly published, int months)
    {
        var d = published.AddMonths(months);
        return (Month(d.Year, d.Month), TimeGranularity.Month);
    }

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
