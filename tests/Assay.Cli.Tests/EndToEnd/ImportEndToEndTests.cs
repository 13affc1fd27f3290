using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Testing.Http;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary><c>assay import</c>: the samples' own STIX export into a fresh store and again, a bad file beside a good one,
/// and a link-only report fetched from a local server only when asked and allowed.</summary>
public sealed class ImportEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>
{
    private const string Created = "2026-11-27T12:00:00Z";

    [Fact]
    public void Import_OwnExportTwice_StoresEveryArticleOnceAndGivesTheSameExport()
    {
        // Given the samples exported as STIX, and a fresh store
        using var temp = new TempFolder();
        var bundle = temp.File("samples.stix.json");
        var db = temp.File("fresh.db");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("export", "--format", "stix", "--created", Created, "--no-embeddings", "--out", bundle, "--db", samples.Db).Exit);

        // When it is imported twice
        var first = RealCli.Run("import", bundle, "--json", "--db", db);
        var second = RealCli.Run("import", bundle, "--json", "--db", db);

        // Then the first run stores every article, the second finds them all stored, and the new store exports the same bundle
        Assert.True(first.Exit == ExitCodes.Ok, first.Err);
        Assert.True(second.Exit == ExitCodes.Ok, second.Err);
        var articles = SamplesStoreFixture.ExpectedArticles();
        Assert.Equal(articles, Row(first.Out).GetProperty("stored").GetInt32());
        Assert.Equal(0, Row(second.Out).GetProperty("stored").GetInt32());
        Assert.Equal(articles, Row(second.Out).GetProperty("already_stored").GetInt32());
        using (var store = StoreFactory.Open(db))
        {
            Assert.Equal(articles, store.Stats().Articles);
        }

        var again = temp.File("again.stix.json");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("export", "--format", "stix", "--created", Created, "--no-embeddings", "--out", again, "--db", db).Exit);
        Assert.Equal(File.ReadAllText(bundle), File.ReadAllText(again));
    }

    [Fact]
    public void Import_BadFileBesideAGoodOne_StoresTheGoodOneAndNamesTheBad()
    {
        // Given a file that is not JSON and a bundle of one report with its text
        using var temp = new TempFolder();
        var bad = temp.File("broken.json");
        File.WriteAllText(bad, "{\"type\": \"bundle\", \"objects\": [ {\"type\": ");
        var good = temp.File("one.json");
        File.WriteAllText(good, Bundle(Report("report--6a0f0a52-58a4-4c71-9a1d-0d7a1f0e4b11", "Ferry inspections", description: FerryText)));
        var db = temp.File("store.db");

        // When both are imported
        var run = RealCli.Run("import", bad, good, "--db", db);

        // Then the run exits 2, the bad file is named with where it broke, and the good report is stored
        Assert.Equal(ExitCodes.Skipped, run.Exit);
        Assert.Contains(bad, run.Err, StringComparison.Ordinal);
        Assert.Contains("line", run.Err, StringComparison.Ordinal);
        using var store = StoreFactory.Open(db);
        Assert.Equal(1, store.Stats().Articles);
    }

    [Fact]
    public void Import_LinkOnlyReport_IsListedThenFetchedWhenAskedAndAllowed()
    {
        // Given a bundle whose report only links to its article, on a local server
        using var server = new TestServer(r => r.Path == "/story" ? TestResponse.Text(FeedPages.Article(14, "Drones over Port Eskel")) : TestResponse.Failing(404));
        using var temp = new TempFolder();
        var file = temp.File("links.json");
        File.WriteAllText(file, Bundle(Report("report--0b5e8f6e-2d55-4f2b-8c7c-3d1f45a6a001", "Drones over Port Eskel", url: server.Url("/story"))));
        var db = temp.File("store.db");

        // When it is imported without --fetch, then with --fetch but no --allow-private, then with both
        var listed = RealCli.Run("import", file, "--db", db);
        var refused = RealCli.Run("import", file, "--fetch", "--db", db);
        var fetched = RealCli.Run("import", file, "--fetch", "--allow-private", "--db", db);

        // Then the link is listed and nothing fetched; the loopback fetch is refused by the guard; the allowed one stores it
        Assert.Equal(ExitCodes.Ok, listed.Exit);
        Assert.Contains("link only", listed.Out, StringComparison.Ordinal);
        Assert.Contains(server.Url("/story"), listed.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Skipped, refused.Exit);
        Assert.Contains("--allow-private", refused.Err, StringComparison.Ordinal);
        Assert.True(fetched.Exit == ExitCodes.Ok, fetched.Err);
        Assert.Equal(1, server.Count("/story"));
        using var store = StoreFactory.Open(db);
        var article = Assert.Single(store.Articles());
        Assert.Equal(server.Url("/story"), article.Url);
    }

    [Fact]
    public void Import_AllowPrivateWithoutFetch_IsRefused()
    {
        // Given any file
        // When --allow-private is given without --fetch
        var run = RealCli.Run("import", "bundle.json", "--allow-private", "--db", samples.Db);

        // Then the options are refused, saying why
        Assert.NotEqual(ExitCodes.Ok, run.Exit);
        Assert.Contains("--allow-private applies to --fetch", run.Out + run.Err, StringComparison.Ordinal);
    }

    // Written for this test: an inspection report in the Baltic, in our own words.
    private const string FerryText =
        "Coast guard officers inspected 14 ferries in the port of Klaipeda on Tuesday, a spokesman said. "
        + "Two vessels were held for further checks after crews could not produce valid papers, according to the harbour authority.";

    private static string Report(string id, string name, string? description = null, string? url = null)
    {
        var report = new Dictionary<string, object?>
        {
            ["type"] = "report",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = "2025-03-04T09:00:00.000Z",
            ["modified"] = "2025-03-04T09:00:00.000Z",
            ["name"] = name,
            ["published"] = "2025-03-04T09:00:00.000Z",
            ["object_refs"] = new[] { "identity--1c0f5d0e-5a4b-4d6e-9d58-2b2e0c1a9f10" },
        };
        if (description is not null)
        {
            report["description"] = description;
        }

        if (url is not null)
        {
            report["external_references"] = new[] { new Dictionary<string, string> { ["source_name"] = "article", ["url"] = url } };
        }

        return JsonSerializer.Serialize(report);
    }

    private static string Bundle(params string[] objects) =>
        $$"""{"type": "bundle", "id": "bundle--5d2f3b7a-1c2e-4f7b-9a3d-8e6f1b2c3d4e", "objects": [{{string.Join(", ", objects)}}]}""";

    private static JsonElement Row(string json) => JsonDocument.Parse(json).RootElement[0];
}
