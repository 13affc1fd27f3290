using System.Text;
using System.Text.Json;
using Assay.Cli.Commands;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>JSON for the listing commands (claims, estimates, sources, search): arrays of flat snake_case objects.</summary>
internal static class ListingJsonWriter
{
    /// <summary>Stored claims, each with its article, quantity and time.</summary>
    public static string Claims(IReadOnlyList<StoredClaim> claims) => Array(claims, static (w, sc) =>
    {
        var c = sc.Claim;
        w.WriteNumber("article_id", sc.ArticleId);
        w.WriteString("article_title", sc.ArticleTitle);
        w.WriteString("outlet", sc.Outlet);
        w.WriteString("published", NullIfEmpty(Formats.Date(sc.Published)));
        w.WriteString("id", c.Id);
        w.WriteString("text", c.Text);
        w.WriteNumber("start", c.Span.Start);
        w.WriteNumber("end", c.Span.End);
        w.WriteString("event", EnumNames.Of(c.Event));
        w.WriteString("agent", c.Agent);
        w.WriteString("theme", c.Theme);
        w.WriteString("location", c.Location);
        WriteQuantity(w, sc.Quantity);

        w.WriteString("time", sc.Time?.Value);
        w.WriteString("source", c.Source);
        w.WriteString("source_type", EnumNames.Of(c.SourceType));
        ExtractionJsonWriter.WriteStrings(w, "via", c.Via);
        w.WriteString("stance", EnumNames.Of(c.Stance));
        w.WriteNumber("certainty", Math.Round(c.Certainty, 4));
        ExtractionJsonWriter.WriteStrings(w, "cues", c.Cues);
    });

    /// <summary>A claim's quantity as a "quantity" object with bounds, qualifier, counted and scope, or null.</summary>
    internal static void WriteQuantity(Utf8JsonWriter w, Core.Quantities.Quantity? quantity)
    {
        if (quantity is not { } q)
        {
            w.WriteNull("quantity");
            return;
        }

        w.WriteStartObject("quantity");
        w.WriteString("text", q.Text);
        ExtractionJsonWriter.WriteNumber(w, "low", q.Low);
        ExtractionJsonWriter.WriteNumber(w, "high", q.High);
        w.WriteString("qualifier", EnumNames.Of(q.Qualifier));
        w.WriteString("counted", q.Counted);
        w.WriteString("scope", q.Scope);
        w.WriteEndObject();
    }

    /// <summary>Sources: each origin's id, grade, learned reliability (mean, SD, α, β and the 90% credible interval),
    /// resolved counts and interval score, with the articles, outlets and dates of its claims.</summary>
    public static string Sources(IReadOnlyList<SourceRow> rows) => Array(rows, static (w, row) =>
    {
        var r = row.Record;
        w.WriteString("source", row.Name);
        w.WriteString("id", row.Id);
        w.WriteString("type", EnumNames.Of(row.Type));
        w.WriteBoolean("grouped", row.Grouped);
        w.WriteString("grade", r.Grade?.ToString());
        w.WriteString("grade_name", r.Grade is null ? null : Core.Sources.AdmiraltyScale.FindReliability(r.Grade.Value.ToString())?.Name);
        w.WriteNumber("reliability", Math.Round(r.Mean, 4));
        w.WriteNumber("reliability_sd", Math.Round(r.StandardDeviation, 4));
        w.WriteNumber("alpha", Math.Round(r.Alpha, 4));
        w.WriteNumber("beta", Math.Round(r.Beta, 4));
        var (low, high) = r.CredibleInterval();
        w.WriteStartArray("reliability_90");
        w.WriteNumberValue(Math.Round(low, 4));
        w.WriteNumberValue(Math.Round(high, 4));
        w.WriteEndArray();
        w.WriteNumber("claims", r.Claims);
        w.WriteNumber("resolved", r.Resolved);
        w.WriteNumber("hits", r.Hits);
        w.WriteNumber("misses", r.Misses);
        ExtractionJsonWriter.WriteNumber(w, "interval_score", r.IntervalScore is { } score ? Math.Round(score, 4) : null);
        w.WriteNumber("scored", r.Scored);
        w.WriteNumber("articles", row.Articles);
        w.WriteNumber("outlets", row.Outlets);
        w.WriteString("first", NullIfEmpty(Formats.Date(row.First)));
        w.WriteString("last", NullIfEmpty(Formats.Date(row.Last)));
    });

    /// <summary>Search hits with their snippets.</summary>
    public static string SearchHits(IReadOnlyList<SearchHit> hits) => Array(hits, static (w, h) =>
    {
        w.WriteNumber("id", h.ArticleId);
        w.WriteString("title", h.Title);
        w.WriteString("snippet", h.Snippet);
    });

    private static string Array<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeFields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStartObject();
                writeFields(writer, item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
