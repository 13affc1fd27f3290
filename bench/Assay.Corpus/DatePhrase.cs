using System.Globalization;

namespace Assay.Corpus;

/// <summary>Writes when something happened relative to a publication date: weekdays, "last week", "in March 2024",
/// "on 3 March", ISO dates.</summary>
internal static class DatePhrase
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] ShortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] Relative =
    [
        "last week", "earlier this week", "earlier this month", "last month", "over the weekend", "in recent days", "in recent weeks",
        "overnight", "this week", "yesterday",
    ];

    /// <summary>A phrase for a day shortly before <paramref name="published"/>.</summary>
    public static string Recent(Dice dice, DateOnly published)
    {
        var day = published.AddDays(-dice.Next(1, 7));
        return dice.Next(12) switch
        {
            < 4 => "on " + Weekday(day),
            4 => "late on " + Weekday(day),
            5 => "on " + Weekday(day) + " night",
            6 => "on " + MonthDay(day),
            7 => "on " + day.Day.ToString(CultureInfo.InvariantCulture) + " " + Months[day.Month - 1],
            8 => "on " + ShortMonths[day.Month - 1] + " " + day.Day.ToString(CultureInfo.InvariantCulture),
            _ => dice.Pick(Relative),
        };
    }

    /// <summary>A phrase for an earlier point in the story (a month or more back).</summary>
    public static string Earlier(Dice dice, DateOnly published, DateOnly storyStart)
    {
        var day = storyStart.AddDays(dice.Next(0, Math.Max(1, published.DayNumber - storyStart.DayNumber)));
        return dice.Next(8) switch
        {
            0 => "in " + MonthYear(day),
            1 => "on " + MonthDay(day) + ", " + day.Year.ToString(CultureInfo.InvariantCulture),
            2 => "on " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            3 => "in early " + Months[day.Month - 1],
            4 => "on " + day.Day.ToString(CultureInfo.InvariantCulture) + " " + Months[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture),
            5 => "late last year",
            6 => "at the end of " + Months[day.Month - 1],
            _ => "in " + Months[day.Month - 1],
        };
    }

    /// <summary>"since March 2024", "since 2022": when a situation began.</summary>
    public static string Since(Dice dice, DateOnly storyStart) => dice.Chance(0.5)
        ? "since " + MonthYear(storyStart)
        : "since " + (storyStart.Year - dice.Next(0, 3)).ToString(CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly day) => Weekdays[(int)day.DayOfWeek];

    public static string MonthDay(DateOnly day) => Months[day.Month - 1] + " " + day.Day.ToString(CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly day) => Months[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture);

    public static string Long(DateOnly day) => MonthDay(day) + ", " + day.Year.ToString(CultureInfo.InvariantCulture);

    public static string DayMonthYear(DateOnly day) =>
        day.Day.ToString(CultureInfo.InvariantCulture) + " " + Months[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Short(DateOnly day) => ShortMonths[day.Month - 1] + " " + day.Day.ToString(CultureInfo.InvariantCulture);
}
