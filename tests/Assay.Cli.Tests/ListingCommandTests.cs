using System.Text.Json;
using Assay.Cli.Tests.Support;
using Assay.Core.Sources;
using Assay.Storage;

namespace Assay.Cli.Tests;

public sealed class ListingCommandTests
{
    [Fact]
    public void Claims_Csv_PrintsHeaderAndOneRowPerClaim()
    {
        // Given a store with three claims
        var cli = new CliRun();
        cli.Store.CannedClaims = [.. Samples.StoredClaims()];

        // When listed as CSV
        var exit = cli.Run("claims", "--csv", "--db", CliRun.ExistingDb());

        // Then the output is the CSV, unwrapped: header plus three records
        Assert.Equal(0, exit);
        var records = cli.Out.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, records.Length);
        Assert.StartsWith("published,outlet,", records[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_StanceFilter_ReachesTheStore()
    {
        // Given a store with one denied claim among three
        var cli = new CliRun();
        cli.Store.CannedClaims = [.. Samples.StoredClaims()];

        // When filtered by stance, as JSON
        var exit = cli.Run("claims", "--stance", "denied", "--json", "--db", CliRun.ExistingDb());

        // Then only the denial comes back, with its fields in snake_case
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        var only = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("the Kremlin", only.GetProperty("source").GetString());
        Assert.Equal("government", only.GetProperty("source_type").GetString());
        Assert.Equal(JsonValueKind.Null, only.GetProperty("quantity").ValueKind);
    }

    [Fact]
    public void Estimates_Json_CarriesBoundsAndQualifier()
    {
        // Given a store with two estimates about troops
        var cli = new CliRun();
        cli.Store.CannedClaims = [.. Samples.StoredClaims()];

        // When asked for troop estimates as JSON
        var exit = cli.Run("estimates", "troops", "--json", "--db", CliRun.ExistingDb());

        // Then the troop series comes back with both figures, their bounds (the open one as null), and a pooled range
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        var series = Assert.Single(doc.RootElement.EnumerateArray());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.Contains(points, p => p.GetProperty("high").ValueKind == JsonValueKind.Number && p.GetProperty("high").GetDouble() == 12000);
        var open = Assert.Single(points, p => p.GetProperty("high").ValueKind == JsonValueKind.Null);
        Assert.Equal("more_than", open.GetProperty("qualifier").GetString());
        Assert.NotEmpty(series.GetProperty("pooled").EnumerateArray());
        Assert.Contains("docs/estimates.md", series.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_Json_WritesOneObjectPerSource()
    {
        // Given a store with one source summary
        var cli = new CliRun();
        cli.Store.CannedSources.Add(new SourceSummary("South Korea's NIS", SourceType.Intelligence, 4, 3, 2, new DateOnly(2024, 10, 18), new DateOnly(2024, 10, 30)));

        // When sources are listed as JSON
        var exit = cli.Run("sources", "--json", "--db", CliRun.ExistingDb());

        // Then the fields are there in snake_case with ISO dates
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        var source = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("intelligence", source.GetProperty("type").GetString());
        Assert.Equal(3, source.GetProperty("articles").GetInt32());
        Assert.Equal("2024-10-30", source.GetProperty("last").GetString());
    }

    [Fact]
    public void Search_Table_ListsMatchingArticles()
    {
        // Given a store with the sample article
        var cli = new CliRun();
        cli.Store.Save([Samples.Extraction()]);

        // When searching for a word in it
        var exit = cli.Run("search", "spy agency", "--db", CliRun.ExistingDb());

        // Then the article is listed with its title
        Assert.Equal(0, exit);
        Assert.Contains("Agency says northern troops reached Russia", cli.Out.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_FailsInsteadOfBeingIgnored()
    {
        // Given a CLI
        var cli = new CliRun();

        // When an option is misspelt
        var exit = cli.Run("claims", "--sinse", "2024-01-01", "--db", CliRun.ExistingDb());

        // Then it is an error, not a silently unfiltered listing
        Assert.Equal(1, exit);
        Assert.Contains("Unknown option 'sinse'", cli.Err.Output, StringComparison.Ordinal);
    }
}
