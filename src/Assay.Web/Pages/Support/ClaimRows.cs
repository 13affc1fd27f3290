using System.Globalization;
using System.Text.Json;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Web.Pages.Support;

/// <summary>Claims as rows with the columns of <c>assay claims --csv</c>, written as CSV or as JSON objects.</summary>
public static class ClaimRows
{
    /// <summary>RFC 4180 CSV with the header.</summary>
    public static string Csv(IEnumerable<StoredClaim> claims)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        ClaimCsv.Write(output, claims);
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
                var row = ClaimCsv.Row(claim);
                for (var i = 0; i < ClaimCsv.Header.Count; i++)
                {
                    json.WriteString(ClaimCsv.Header[i], row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
