using System.Globalization;
using Assay.Storage;
using CsvHelper;

namespace Assay.Workspace;

/// <summary>Stored claims as RFC 4180 CSV with one fixed header, the same from <c>assay claims --csv</c>, the web page's
/// download and the API's export.</summary>
public static class ClaimCsv
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Header =
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

    /// <summary>Writes the header and one row per claim to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="claims">The claims, in the order to write them.</param>
    /// <param name="guardFormulas">Prefix a cell that starts with =, +, - or @ (and is not a number) with a quote, so a
    /// spreadsheet opening a download does not read hostile text as a formula.</param>
    public static void Write(TextWriter output, IEnumerable<StoredClaim> claims, bool guardFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        foreach (var claim in claims)
        {
            var row = Row(claim);
            csv.WriteRecord(guardFormulas ? [.. row.Select(Guard)] : row);
        }

        csv.Flush();
    }

    /// <summary>Prefixes with an apostrophe a text cell a spreadsheet would run as a formula (starting with =, +, -, @,
    /// a tab or a carriage return), unless it is a plain number such as "-5".</summary>
    public static string? Guard(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;

    private static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
