using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Assay.Core.Text;

namespace Assay.Storage;

/// <summary>How values that have no column type of their own are written to and read from columns:
/// dates as ISO text, lists as JSON, and substring filters as LIKE patterns.</summary>
internal static class StoredValues
{
    // Keep non-ASCII readable in SQL and make a JSON-encoded needle match the same text in a stored array.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>ISO date text (yyyy-MM-dd) or null.</summary>
    public static object DateToDb(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    /// <summary>Parses ISO date text.</summary>
    public static DateOnly DateFromDb(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 UTC timestamp text with milliseconds.</summary>
    public static string TimestampToDb(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses ISO timestamp text.</summary>
    public static DateTimeOffset TimestampFromDb(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>A list of strings as a JSON array.</summary>
    public static string ListToJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, Json);

    /// <summary>A JSON array of strings as a list.</summary>
    public static IReadOnlyList<string> ListFromJson(string json) =>
        JsonSerializer.Deserialize<string[]>(json, Json) ?? [];

    /// <summary>Spans as a JSON array of [start, end] pairs.</summary>
    public static string SpansToJson(IReadOnlyList<TextSpan> spans)
    {
        var pairs = new int[spans.Count][];
        for (var i = 0; i < spans.Count; i++)
        {
            pairs[i] = [spans[i].Start, spans[i].End];
        }

        return JsonSerializer.Serialize(pairs, Json);
    }

    /// <summary>A JSON array of [start, end] pairs as spans.</summary>
    public static IReadOnlyList<TextSpan> SpansFromJson(string json)
    {
        var pairs = JsonSerializer.Deserialize<int[][]>(json, Json) ?? [];
        var spans = new TextSpan[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            spans[i] = new TextSpan(pairs[i][0], pairs[i][1]);
        }

        return spans;
    }

    /// <summary>A LIKE pattern (with <c>ESCAPE '\'</c>) matching any text that contains <paramref name="needle"/>,
    /// lower-cased to compare against <c>lower(column)</c>.</summary>
    public static string ContainsPattern(string needle) => "%" + EscapeLike(needle.ToLowerInvariant()) + "%";

    /// <summary>A LIKE pattern matching any JSON string array with an element containing <paramref name="needle"/>.</summary>
    /// <remarks>The needle is JSON-encoded like the stored elements, so its quotes are escaped and a match
    /// cannot straddle two elements.</remarks>
    public static string JsonElementContainsPattern(string needle)
    {
        var encoded = JsonSerializer.Serialize(needle.ToLowerInvariant(), Json);
        return "%" + EscapeLike(encoded[1..^1]) + "%";
    }

    /// <summary>A LIKE pattern matching text that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixPattern(string prefix) => EscapeLike(prefix) + "%";

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
