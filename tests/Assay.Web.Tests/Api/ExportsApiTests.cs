using System.Net;
using System.Text;
using System.Text.Json;

namespace Assay.Web.Tests.Api;

/// <summary>GET /exports/claims.csv, claims.jsonl and propositions.jsonl.</summary>
public sealed class ExportsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ClaimsCsv_Filtered_ParsesWithTheHeaderAndOneRowPerClaim()
    {
        // Given the samples store and the NIS claims the list reports
        var (_, page) = await Http.Get(api.Client, "/api/v1/claims?source=National%20Intelligence%20Service&limit=500");
        var total = page.GetProperty("total").GetInt32();

        // When the same filter is exported as CSV
        var (status, type, csv) = await Http.Text(api.Client, "/api/v1/exports/claims.csv?source=National%20Intelligence%20Service");

        // Then it parses to the fixed header and one row of 20 fields per claim, quoted text intact
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        var rows = Parse(csv);
        Assert.Equal(
            ["published", "outlet", "article_id", "claim_id", "source", "source_type", "via", "stance", "certainty", "event", "agent", "theme",
             "location", "quantity_low", "quantity_high", "qualifier", "counted", "scope", "time", "text"],
            rows[0]);
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(20, r.Count));
        Assert.Contains(rows.Skip(1), r => r[19].Contains(',', StringComparison.Ordinal));
        Assert.Contains(rows.Skip(1), r => r[14] == "12000");
    }

    [Fact]
    public async Task ClaimsJsonl_OneObjectPerClaim()
    {
        // Given the denials the list reports
        var (_, page) = await Http.Get(api.Client, "/api/v1/claims?stance=denied&limit=500");

        // When they are exported as JSON Lines
        var (status, _, body) = await Http.Text(api.Client, "/api/v1/exports/claims.jsonl?stance=denied");

        // Then each line is one denied claim
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(page.GetProperty("total").GetInt32(), lines.Length);
        Assert.All(lines, l => Assert.Equal("denied", JsonDocument.Parse(l).RootElement.Str("stance")));
    }

    [Fact]
    public async Task PropositionsJsonl_EveryPropositionStrongestFirst()
    {
        // Given the propositions the list reports
        var (_, page) = await Http.Get(api.Client, "/api/v1/propositions?limit=1");

        // When they are exported as JSON Lines
        var (status, _, body) = await Http.Text(api.Client, "/api/v1/exports/propositions.jsonl");

        // Then there is one line per proposition, the strongest first with its claims
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(page.GetProperty("total").GetInt32(), lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(page.Items()[0].Str("id"), first.GetProperty("proposition").Str("id"));
        Assert.True(first.GetProperty("claims").GetArrayLength() > 5);
    }

    [Fact]
    public async Task ClaimsCsv_BadFilter_400()
    {
        // Given the samples store
        // When the export is asked for with a bad filter
        var (status, problem) = await Http.Get(api.Client, "/api/v1/exports/claims.csv?since=soon");

        // Then it is a 400 naming it
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("since", problem.Str("parameter"));
    }

    /// <summary>RFC 4180: fields split on commas, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        return rows;
    }
}
