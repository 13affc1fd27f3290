using System.Globalization;
using System.Text.RegularExpressions;

namespace Assay.Extraction.Evaluation;

/// <summary>When a predicted field value counts as equal to the gold one.</summary>
public static partial class FieldComparison
{
    /// <summary>Bounds are equal when low equals low and high equals high, exactly; null equals only null.</summary>
    public static bool SameBounds(double? goldLow, double? goldHigh, double? low, double? high) =>
        Nullable.Equals(goldLow, low) && Nullable.Equals(goldHigh, high);

    /// <summary>Counted nouns are equal when, lower-cased and trimmed, one contains the other, or their last words are
    /// equal after dropping a simple plural ("-ies" → "-y", else a final "s" not after another "s").</summary>
    public static bool SameCounted(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var a = Normalise(gold);
        var b = Normalise(predicted);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
            || Singular(LastWord(a)) == Singular(LastWord(b));
    }

    /// <summary>Source names are equal when, lower-cased without a leading "the", one contains the other.</summary>
    public static bool SameName(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var a = NameKey(gold);
        var b = NameKey(predicted);
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>Enum names are equal ignoring case ("none" equals <c>EventType.None</c>).</summary>
    public static bool SameEnum<TEnum>(string gold, TEnum predicted)
        where TEnum : struct, Enum =>
        string.Equals(gold.Trim().Replace("_", string.Empty, StringComparison.Ordinal), predicted.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Times are equal when the ISO strings are equal, or when the gold one is an ISO week ("2024-W42") and
    /// the predicted one a day inside that week.</summary>
    public static bool SameTime(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (string.Equals(gold, predicted, StringComparison.Ordinal))
        {
            return true;
        }

        var week = IsoWeek().Match(gold);
        return week.Success
            && DateTime.TryParseExact(predicted, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && ISOWeek.GetYear(day) == int.Parse(week.Groups[1].ValueSpan, CultureInfo.InvariantCulture)
            && ISOWeek.GetWeekOfYear(day) == int.Parse(week.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
    }

    private static string Normalise(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string NameKey(string s)
    {
        var key = Normalise(s.Replace('\u2019', '\'')).Trim('.', ',', ';', ':', '"', '\'');
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static string LastWord(string s) => s[(s.LastIndexOf(' ') + 1)..];

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 3 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 1 ? word[..^1]
        : word;

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();
}
