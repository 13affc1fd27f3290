using System.Globalization;
using System.Text.Json;

namespace Assay.Extraction.Evaluation;

/// <summary>Parses one <c>NAME.EXT.gold.json</c> file: <c>published</c> and the <c>quantities</c> list; other
/// top-level fields (<c>outlet</c>) and other entry fields are ignored.</summary>
public static class GoldFile
{
    /// <summary>The suffix that marks a gold file beside its article.</summary>
    public const string Suffix = ".gold.json";

    /// <summary>Parses <paramref name="json"/>; a malformed file gives a problem naming <paramref name="goldPath"/>
    /// and what is wrong, never an exception.</summary>
    /// <param name="json">The file content.</param>
    /// <param name="goldPath">The gold file path, for messages and to find the article beside it.</param>
    /// <param name="name">The article name relative to the gold folder.</param>
    /// <param name="story">The story folder.</param>
    public static (GoldArticle? Gold, EvaluationProblem? Problem) Parse(string json, string goldPath, string name, string story)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(goldPath);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(goldPath, "the top level is not a JSON object");
            }

            DateOnly? published = null;
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
            {
                if (!DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Fail(goldPath, $"'published' is not an ISO date: '{p.GetString()}'");
                }

                published = date;
            }

            if (!root.TryGetProperty("quantities", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return Fail(goldPath, "'quantities' is missing or not a list");
            }

            var quantities = new List<GoldQuantity>();
            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                if (ShapeError(entry) is { } error)
                {
                    return Fail(goldPath, $"quantities[{index}]: {error}");
                }

                quantities.Add(Read(entry));
                index++;
            }

            var articlePath = goldPath.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? goldPath[..^Suffix.Length] : goldPath;
            return (new GoldArticle(goldPath, articlePath, name, story, published, quantities), null);
        }
        catch (JsonException ex)
        {
            return Fail(goldPath, $"is not valid JSON ({ex.Message})");
        }
    }

    // Checks the entry's shape first so Read can stay simple; the message names the field.
    private static string? ShapeError(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return "the entry is not an object";
        }

        if (!entry.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
        {
            return "'text' is missing or empty";
        }

        foreach (var name in (string[])["low", "high"])
        {
            if (entry.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
            {
                return $"'{name}' is neither a number nor null";
            }
        }

        foreach (var name in (string[])["qualifier", "counted", "scope", "source", "source_type", "stance", "event", "time"])
        {
            if (entry.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return $"'{name}' is neither a string nor null";
            }
        }

        if (entry.TryGetProperty("via", out var via) && via.ValueKind != JsonValueKind.Null
            && (via.ValueKind != JsonValueKind.Array || via.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String)))
        {
            return "'via' is not a list of strings";
        }

        return null;
    }

    private static GoldQuantity Read(JsonElement entry) => new()
    {
        Text = entry.GetProperty("text").GetString()!,
        Low = Number(entry, "low"),
        High = Number(entry, "high"),
        Qualifier = Text(entry, "qualifier"),
        Counted = Text(entry, "counted"),
        Scope = Text(entry, "scope"),
        Source = Text(entry, "source"),
        SourceType = Text(entry, "source_type"),
        Via = entry.TryGetProperty("via", out var via) && via.ValueKind == JsonValueKind.Array
            ? via.EnumerateArray().Select(v => v.GetString()!).ToList()
            : [],
        Stance = Text(entry, "stance"),
        Event = Text(entry, "event"),
        Time = Text(entry, "time"),
    };

    private static double? Number(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static (GoldArticle?, EvaluationProblem?) Fail(string goldPath, string message) =>
        (null, new EvaluationProblem(goldPath, $"{goldPath}: {message}"));
}
