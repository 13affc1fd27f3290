using System.Globalization;
using Assay.Cli.Commands;
using Assay.Storage;
using Assay.Workspace;
using CsvHelper;

namespace Assay.Cli.Rendering;

/// <summary>Writes stored claims as RFC 4180 CSV with a fixed header.</summary>
internal static class ClaimCsvWriter
{
    /// <summary>The header, in column order.</summary>
    public static readonly string[] Header =
    [
        "published", "outlet", "article_id", "claim_id", "source", "source_type", "via", "stance", "certainty",
        "event", "agent", "theme", "location", "quantity_low", "quantity_high", "qualifier", "counted", "scope",
        "time", "text",
    ];

    /// <summary>Writes the header and one row per claim to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<StoredClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var sc in claims)
        {
            var c = sc.Claim;
            var q = sc.Quantity;
            csv.WriteRecord(
            [
                Formats.Date(sc.Published), sc.Outlet, sc.ArticleId.ToString(CultureInfo.InvariantCulture), c.Id, c.Source,
                EnumNames.Of(c.SourceType), string.Join("; ", c.Via), EnumNames.Of(c.Stance),
                c.Certainty.ToString("0.###", CultureInfo.InvariantCulture), EnumNames.Of(c.Event), c.Agent, c.Theme,
                c.Location, Formats.RawNumber(q?.Low), Formats.RawNumber(q?.High),
                q is null ? null : EnumNames.Of(q.Qualifier), q?.Counted, q?.Scope, sc.Time?.Value, c.Text,
            ]);
        }

        csv.Flush();
    }
}
