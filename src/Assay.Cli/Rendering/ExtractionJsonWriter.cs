using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Assay.Cli.Commands;
using Assay.Core.Claims;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>Writes extractions in the public JSON contract of <c>assay extract --json</c> and <c>assay show --json</c>.</summary>
/// <remarks>Keys are snake_case and fixed; enum values are lower snake case; offsets are UTF-16 code units into the
/// article text, end exclusive. A claim's <c>quantity</c> is an index into <c>quantities</c>, its <c>time</c> the
/// resolved value.</remarks>
internal static class ExtractionJsonWriter
{
    /// <summary>Options shared by every JSON the CLI prints: indented, non-ASCII kept readable.</summary>
    public static JsonWriterOptions Options => JsonOutput.Options;

    /// <summary>One object for one extraction, an array for several.</summary>
    public static string ToJson(IReadOnlyList<ArticleExtraction> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            if (extractions.Count == 1)
            {
                Write(writer, extractions[0]);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var extraction in extractions)
                {
                    Write(writer, extraction);
                }

                writer.WriteEndArray();
            }
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one extraction as an object.</summary>
    public static void Write(Utf8JsonWriter writer, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(extraction);
        var article = extraction.Article;
        writer.WriteStartObject();

        writer.WriteStartObject("article");
        writer.WriteString("title", article.Title);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("url", article.Url);
        writer.WriteString("kind", EnumNames.Of(article.Kind));
        writer.WriteEndObject();

        writer.WriteStartArray("mentions");
        foreach (var m in extraction.Mentions)
        {
            writer.WriteStartObject();
            WriteSpan(writer, m.Text, m.Span.Start, m.Span.End);
            writer.WriteString("actor", m.ActorId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quantities");
        foreach (var q in extraction.Quantities)
        {
            writer.WriteStartObject();
            WriteSpan(writer, q.Text, q.Span.Start, q.Span.End);
            WriteNumber(writer, "low", q.Low);
            WriteNumber(writer, "high", q.High);
            writer.WriteString("qualifier", EnumNames.Of(q.Qualifier));
            writer.WriteString("counted", q.Counted);
            writer.WriteString("scope", q.Scope);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("times");
        foreach (var t in extraction.Times)
        {
            writer.WriteStartObject();
            WriteSpan(writer, t.Text, t.Span.Start, t.Span.End);
            writer.WriteString("value", t.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("claims");
        foreach (var c in extraction.Claims)
        {
            WriteClaim(writer, c, extraction);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim c, ArticleExtraction extraction)
    {
        writer.WriteStartObject();
        writer.WriteString("id", c.Id);
        WriteSpan(writer, c.Text, c.Span.Start, c.Span.End);
        writer.WriteString("event", EnumNames.Of(c.Event));
        writer.WriteString("agent", c.Agent);
        writer.WriteString("theme", c.Theme);
        writer.WriteString("location", c.Location);
        if (c.QuantityIndex is { } qi && qi >= 0 && qi < extraction.Quantities.Count)
        {
            writer.WriteNumber("quantity", qi);
        }
        else
        {
            writer.WriteNull("quantity");
        }

        writer.WriteString("time", c.TimeIndex is { } ti && ti >= 0 && ti < extraction.Times.Count ? extraction.Times[ti].Value : null);
        writer.WriteString("source", c.Source);
        writer.WriteString("source_type", EnumNames.Of(c.SourceType));
        WriteStrings(writer, "via", c.Via);
        writer.WriteString("stance", EnumNames.Of(c.Stance));
        writer.WriteNumber("certainty", Math.Round(c.Certainty, 4));
        WriteStrings(writer, "cues", c.Cues);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string text, int start, int end)
    {
        writer.WriteString("text", text);
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
    }

    internal static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }
}
