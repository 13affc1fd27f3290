using System.Globalization;
using System.Text;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Web.Api;

/// <summary>Claims as RFC 4180 CSV with the same header and columns as <c>assay claims --csv</c>.</summary>
internal static class ClaimCsv
{
    /// <summary>The header, in column order.</summary>
    public static readonly string[] Header =
    [
        "published", "outlet", "article_id", "claim_id", "source", "source_type", "via", "stance", "certainty",
        "event", "agent", "theme", "location", "quantity_low", "quantity_high", "qualifier", "counted", "scope",
        "time", "text",
    ];

    /// <summary>The header and one row per claim, CRLF line ends.</summary>
    public static string Write(IEnumerable<StoredClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var sc in claims)
        {
            var c = sc.Claim;
            var q = sc.Quantity;
            Row(csv,
            [
                IsoDates.Format(sc.Published), sc.Outlet, sc.ArticleId.ToString(CultureInfo.InvariantCulture), c.Id, c.Source,
                EnumNames.Of(c.SourceType), string.Join("; ", c.Via), EnumNames.Of(c.Stance),
                c.Certainty.ToString("0.###", CultureInfo.InvariantCulture), EnumNames.Of(c.Event), c.Agent, c.Theme, c.Location,
                q?.Low?.ToString("R", CultureInfo.InvariantCulture), q?.High?.ToString("R", CultureInfo.InvariantCulture),
                q is null ? null : EnumNames.Of(q.Qualifier), q?.Counted, q?.Scope, sc.Time?.Value, c.Text,
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }

    /// <summary>Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with a quote so a
    /// spreadsheet does not read hostile text as a formula.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
