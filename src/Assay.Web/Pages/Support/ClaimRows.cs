using System.Globalization;
using System.Text.Json;
using Assay.Storage;
using Assay.Workspace;
using CsvHelper;

namespace Assay.Web.Pages.Support;

/// <summary>Claims as rows with the columns of <c>assay claims --csv</c>, written as CSV or as JSON objects.</summary>
public static class ClaimRows
{
    /// <summary>The header, in column order (the CLI's).</summary>
    public static readonly string[] Header =
    [
        "published", "outlet", "article_id", "claim_id", "source", "source_type", "via", "stance", "certainty",
        "event", "agent", "theme", "location", "quantity_low", "quantity_high", "qualifier", "counted", "scope",
        "time", "text",
    ];

    /// <summary>One claim's cells, in header order.</summary>
    public static string?[] Row(StoredClaim stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Claim;
        var q = stored.Quantity;
        return
        [
            IsoDates.Format(stored.Published), stored.Outlet, stored.ArticleId.ToString(CultureInfo.InvariantCulture), c.Id, c.Source,
            EnumNames.Of(c.SourceType), string.Join("; ", c.Via), EnumNames.Of(c.Stance),
            c.Certainty.ToString("0.###", CultureInfo.InvariantCulture), EnumNames.Of(c.Event), c.Agent, c.Theme,
            c.Location, Raw(q?.Low), Raw(q?.High), q is null ? null : EnumNames.Of(q.Qualifier), q?.Counted, q?.Scope,
            stored.Time?.Value, c.Text,
        ];
    }

    /// <summary>RFC 4180 CSV with the header.</summary>
    public static string Csv(IEnumerable<StoredClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var claim in claims)
            {
                csv.WriteRecord(Row(claim));
            }

            csv.Flush();
        }

        return output.ToString();
    }

    /// <summary>A JSON array of objects keyed by the header's names.</summary>
    public static string Json(IEnumerable<StoredClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartArray();
            foreach (var claim in claims)
            {
                json.WriteStartObject();
                var row = Row(claim);
                for (var i = 0; i < Header.Length; i++)
                {
                    json.WriteString(Header[i], row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
