using System.Text.Json;
using Assay.Cli.Tests.Support;

namespace Assay.Cli.Tests;

public sealed class ShowCommandTests
{
    [Fact]
    public void Run_KnownArticle_ShowsTextLegendAndClaims()
    {
        // Given a store holding the sample extraction
        var cli = new CliRun();
        cli.Store.Save([Samples.Extraction()]);

        // When it is shown by id
        var exit = cli.Run("show", "1", "--db", CliRun.ExistingDb());

        // Then the title, the legend and the claim's source appear
        Assert.Equal(0, exit);
        var output = cli.Out.Output;
        Assert.Contains("Agency says northern troops reached Russia", output, StringComparison.Ordinal);
        Assert.Contains("actor mention", output, StringComparison.Ordinal);
        Assert.Contains("Seoul's spy agency", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Json_PrintsTheExtractContract()
    {
        // Given a store holding the sample extraction
        var cli = new CliRun();
        cli.Store.Save([Samples.Extraction()]);
        var hash = Samples.Extraction().Article.ContentHash[..8];

        // When it is shown as JSON by hash prefix
        var exit = cli.Run("show", hash, "--json", "--db", CliRun.ExistingDb());

        // Then the output is the extract contract
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        Assert.Equal(2, doc.RootElement.GetProperty("quantities").GetArrayLength());
    }

    [Fact]
    public void Run_UnknownArticle_ExitsOne()
    {
        // Given an empty store
        var cli = new CliRun();

        // When an unknown article is asked for
        var exit = cli.Run("show", "99", "--db", CliRun.ExistingDb());

        // Then it says so in one line
        Assert.Equal(1, exit);
        Assert.Contains("no article matches '99'", cli.Err.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoDatabaseFile_ExplainsHowToCreateOne()
    {
        // Given no database file
        var cli = new CliRun();

        // When a read-only command runs
        var exit = cli.Run("sources", "--db", "/no/such/assay.db");

        // Then it points at ingest instead of creating an empty store
        Assert.Equal(1, exit);
        Assert.Contains("no store at /no/such/assay.db", cli.Err.Output, StringComparison.Ordinal);
    }
}
