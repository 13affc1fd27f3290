using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Interop.Tables;
using CsvHelper;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary><c>assay export</c> on the samples: a STIX bundle written twice the same, a table with its documented columns,
/// a subject's export smaller than the whole, and clear refusals.</summary>
public sealed class ExportEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>
{
    private const string Created = "2026-11-27T12:00:00Z";

    [Fact]
    public void Export_StixTwiceWithTheSameCreated_WritesTheSameBytes()
    {
        // Given the samples and two files in a folder that does not exist yet
        using var temp = new TempFolder();
        var first = temp.File("out", "one.json");
        var second = temp.File("out", "two.json");

        // When the store is exported as STIX twice with the same time stamp
        var a = RealCli.Run("export", "--format", "stix", "--created", Created, "--no-embeddings", "--out", first, "--db", samples.Db);
        var b = RealCli.Run("export", "--format", "stix", "--created", Created, "--no-embeddings", "--out", second, "--db", samples.Db);

        // Then each run prints its file, the two files are identical, and the bundle holds a report per article
        Assert.True(a.Exit == ExitCodes.Ok, a.Err);
        Assert.True(b.Exit == ExitCodes.Ok, b.Err);
        Assert.Equal(Path.GetFullPath(first), a.Out.Trim());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var bundle = JsonDocument.Parse(File.ReadAllText(first));
        Assert.Equal("bundle", bundle.RootElement.GetProperty("type").GetString());
        var reports = bundle.RootElement.GetProperty("objects").EnumerateArray().Count(o => o.GetProperty("type").GetString() == "report");
        Assert.Equal(SamplesStoreFixture.ExpectedArticles(), reports);
    }

    [Fact]
    public void Export_SubjectScope_HoldsFewerReportsThanTheWhole()
    {
        // Given the samples
        // When the whole store and one subject are exported as STIX to standard output
        var whole = RealCli.Run("export", "--format", "stix", "--created", Created, "--no-embeddings", "--db", samples.Db);
        var scoped = RealCli.Run("export", "--format", "stix", "--created", Created, "--no-embeddings", "--subject", "engineers", "--db", samples.Db);

        // Then the subject's bundle has some reports, fewer than the whole
        Assert.True(whole.Exit == ExitCodes.Ok, whole.Err);
        Assert.True(scoped.Exit == ExitCodes.Ok, scoped.Err);
        var all = Reports(whole.Out);
        var some = Reports(scoped.Out);
        Assert.InRange(some, 1, all - 1);
    }

    [Theory]
    [InlineData("claims", TableKind.Claims)]
    [InlineData("propositions", TableKind.Propositions)]
    [InlineData("estimates", TableKind.Estimates)]
    public void Export_CsvTable_HasTheDocumentedColumnsAndRows(string table, TableKind kind)
    {
        // Given the samples
        // When a table is exported as CSV
        var run = RealCli.Run("export", "--format", "csv", "--table", table, "--no-embeddings", "--db", samples.Db);

        // Then its header is the documented columns, in order, and rows follow
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        using var reader = CsvReader.FromText(run.Out, CsvReaderOptions.Default);
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Assert.Equal(TableExporter.Columns(kind).Select(c => c.Name), reader.Headers!);
        Assert.True(rows > 0, $"no {table} rows");
    }

    [Theory]
    [InlineData("--format", "taxii", "--format taxii")]
    [InlineData("--table", "origins", "--table origins")]
    [InlineData("--since", "last week", "--since wants a date")]
    [InlineData("--created", "noon", "--created wants")]
    public void Export_BadOption_IsRefusedNamingIt(string option, string value, string expected)
    {
        // Given the samples
        // When an option has a value export does not take
        string[] args = option == "--format"
            ? ["export", option, value, "--db", samples.Db]
            : ["export", "--format", "jsonl", option, value, "--db", samples.Db];
        var run = RealCli.Run(args);

        // Then it fails, saying which option and why
        Assert.NotEqual(ExitCodes.Ok, run.Exit);
        Assert.Contains(expected, run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_StoreOverMaxArticles_RefusedUnlessScoped()
    {
        // Given the samples and an export allowed to hold 5 articles
        // When the whole store is exported, then one subject
        var whole = RealCli.Run("export", "--format", "stix", "--max-articles", "5", "--no-embeddings", "--db", samples.Db);
        var scoped = RealCli.Run("export", "--format", "stix", "--max-articles", "5", "--subject", "engineers", "--no-embeddings", "--db", samples.Db);

        // Then the whole store is refused, saying how to scope it, and nothing is printed; the subject's export is made
        Assert.Equal(ExitCodes.Error, whole.Exit);
        Assert.Contains("--subject or --since", whole.Err, StringComparison.Ordinal);
        Assert.Empty(whole.Out.Trim());
        Assert.True(scoped.Exit == ExitCodes.Ok, scoped.Err);
        Assert.True(Reports(scoped.Out) > 0);
    }

    [Fact]
    public void Export_NoStore_SaysSoWithoutCreatingOne()
    {
        // Given a path with no store
        using var temp = new TempFolder();
        var db = temp.File("none.db");

        // When it is exported
        var run = RealCli.Run("export", "--format", "misp", "--db", db);

        // Then the error names it and no file appears
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("no store at", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    private static int Reports(string json)
    {
        using var bundle = JsonDocument.Parse(json);
        return bundle.RootElement.GetProperty("objects").EnumerateArray().Count(o => o.GetProperty("type").GetString() == "report");
    }
}
