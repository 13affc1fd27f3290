using System.Text;
using System.Text.Json;
using Assay.Analysis.Estimates;
using Assay.Cli.Commands;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>JSON for <c>assay estimates</c>: series with their points, revisions and pooled ranges.</summary>
internal static class SeriesJsonWriter
{
    /// <summary>An array of series; <paramref name="withPoints"/> false gives the index only.</summary>
    public static string Write(IEnumerable<SubjectSeries> series, bool withPoints)
    {
        ArgumentNullException.ThrowIfNull(series);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            w.WriteStartArray();
            foreach (var s in series)
            {
                WriteSeries(w, s, withPoints);
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSeries(Utf8JsonWriter w, SubjectSeries s, bool withPoints)
    {
        w.WriteStartObject();
        w.WriteString("subject", s.Describe());
        w.WriteString("key", s.Key);
        w.WriteString("label", s.Label);
        w.WriteNumber("figures", s.Points.Count);
        w.WriteNumber("origins", s.OriginCount);
        w.WriteNumber("claims", s.ClaimCount);
        w.WriteString("first", Formats.Date(s.Points[0].Point.AsOf));
        w.WriteString("last", Formats.Date(s.Points[^1].Point.AsOf));
        if (withPoints)
        {
            w.WriteStartArray("points");
            foreach (var p in s.Points)
            {
                w.WriteStartObject();
                w.WriteString("as_of", Formats.Date(p.Point.AsOf));
                w.WriteString("origin", p.Point.OriginId);
                w.WriteString("origin_name", p.Point.OriginName);
                ExtractionJsonWriter.WriteNumber(w, "low", p.Point.Low);
                ExtractionJsonWriter.WriteNumber(w, "high", p.Point.High);
                w.WriteString("qualifier", EnumNames.Of(p.Point.Qualifier));
                w.WriteString("figure", SeriesView.Figure(p.Point));
                w.WriteString("status", EnumNames.Of(p.Point.Status));
                w.WriteString("scope", p.Point.Scope);
                w.WriteString("reliability", p.Point.Reliability.ToString());
                w.WriteString("revision", EnumNames.Of(p.Revision));
                w.WriteString("previous", p.Previous is null ? null : SeriesView.Figure(p.Previous));
                w.WriteString("excluded", p.Excluded);
                ExtractionJsonWriter.WriteStrings(w, "outlets", p.Outlets);
                ExtractionJsonWriter.WriteStrings(w, "claims", [.. p.Claims.Select(c => c.ToString())]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("pooled");
            foreach (var g in s.Pool.Groups)
            {
                w.WriteStartObject();
                w.WriteString("scope", g.Key.Scope);
                w.WriteString("status", EnumNames.Of(g.Key.Status));
                w.WriteNumber("origins", g.OriginCount);
                w.WriteString("reference_date", Formats.Date(g.ReferenceDate));
                WriteRange(w, "linear_pool", g.LinearPool);
                WriteRange(w, "quantile_average", g.QuantileAverage);
                w.WriteNumber("raw_low", g.RawLow);
                w.WriteNumber("raw_high", g.RawHigh);
                w.WriteBoolean("open_below", g.OpenBelow);
                w.WriteBoolean("open_above", g.OpenAbove);
                w.WriteStartArray("weights");
                foreach (var e in g.Estimates)
                {
                    w.WriteStartObject();
                    w.WriteString("origin", e.Point.OriginId);
                    w.WriteString("as_of", Formats.Date(e.Point.AsOf));
                    w.WriteNumber("reliability", e.Reliability);
                    w.WriteNumber("independence", Math.Round(e.Independence, 4));
                    w.WriteNumber("recency", Math.Round(e.Recency, 4));
                    w.WriteNumber("weight", Math.Round(e.Weight, 4));
                    w.WriteBoolean("superseded", e.Superseded);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("method", SeriesView.Method);
        }

        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, string name, PooledRange? range)
    {
        if (range is not { } r)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("p10", Math.Round(r.P10, 1));
        w.WriteNumber("median", Math.Round(r.Median, 1));
        w.WriteNumber("p90", Math.Round(r.P90, 1));
        w.WriteEndObject();
    }
}
