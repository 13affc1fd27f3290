using System.Text.Json.Nodes;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Testing;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Interop.Tests.Stix;

public sealed class StixExporterTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public void Write_SameStoreTwice_SameBytes()
    {
        // Given the samples store
        using var store = StoreFactory.Open(samples.Db);

        // When it is exported twice at the same time
        var first = StixExports.Bytes(store);
        var second = StixExports.Bytes(store);

        // Then the bundles are byte-identical, UTF-8 without a byte order mark, and every object is STIX 2.1
        Assert.Equal(first, second);
        Assert.NotEqual(0xEF, first[0]);
        var objects = StixExports.Objects(first);
        Assert.All(objects, o => Assert.Equal("2.1", (string?)o["spec_version"]));
        Assert.All(objects, o => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string)o["created"]!));
        Assert.Equal(objects.Count, objects.Select(o => (string)o["id"]!).Distinct().Count());
    }

    [Fact]
    public void Write_StoreFilledInAnotherOrder_SameIds()
    {
        // Given two stores holding the same five samples, filled in opposite orders (so their row ids differ)
        var files = Directory.EnumerateFiles(SharedData.RepoPath("samples"), "2024-10-*").Order(StringComparer.Ordinal).Take(5).ToList();
        var forward = samples.NewDb();
        var backward = samples.NewDb();
        Fill(forward, files);
        Fill(backward, [.. Enumerable.Reverse(files)]);

        // When both are exported
        using var a = StoreFactory.Open(forward);
        using var b = StoreFactory.Open(backward);
        var idsA = StixExports.Objects(StixExports.Bytes(a)).Select(o => (string)o["id"]!).ToList();
        var idsB = StixExports.Objects(StixExports.Bytes(b)).Select(o => (string)o["id"]!).ToList();

        // Then they hold the same objects under the same ids
        Assert.Equal(5, idsA.Count(i => i.StartsWith("report--", StringComparison.Ordinal)));
        Assert.Equal(idsA, idsB);
    }

    [Fact]
    public void Write_RangeAndDenial_RangeStaysARangeAndStanceSurvives()
    {
        // Given an article of our own holding a range and a denial
        var db = samples.NewDb();
        using var store = StoreFactory.Open(db);
        const string text = "Exercise report\n\nSeoul's spy agency said on Monday that between 1,500 and 12,000 North Korean troops had been sent to Russia.\n\n"
                            + "The Kremlin denied that any North Korean troops were in Russia.\n";
        ArticleIntake.Store(store, ArticleReader.Default.ReadText(text, "own.txt", "txt"), ExtractionPipeline.Default);

        // When it is exported
        var report = StixExports.Objects(StixExports.Bytes(store)).Single(o => (string)o["type"]! == "report");
        var extension = StixExports.Extension(report)!;

        // Then the quantity keeps both bounds and its qualifier, and the denial keeps its stance
        var range = extension["quantities"]!.AsArray().OfType<JsonObject>().Single(q => (double?)q["low"] == 1500);
        Assert.Equal(12000, (double?)range["high"]);
        Assert.Equal("range", (string?)range["qualifier"]);
        var claims = extension["claims"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Contains(claims, c => (string?)c["stance"] == "denied" && ((string)c["text"]!).Contains("Kremlin", StringComparison.Ordinal));
        var withFigure = claims.Single(c => c["quantity_index"] is not null);
        Assert.Equal(range, extension["quantities"]![(int)withFigure["quantity_index"]!]);
    }

    [Fact]
    public void Write_Samples_ReportsCarryOutletUrlAndCountries()
    {
        // Given the samples store
        using var store = StoreFactory.Open(samples.Db);

        // When it is exported
        var objects = StixExports.Objects(StixExports.Bytes(store));
        var byId = objects.ToDictionary(o => (string)o["id"]!);

        // Then each report is created by its outlet's identity, names the countries it mentions by ISO code, and links its URL
        var reports = objects.Where(o => (string)o["type"]! == "report").ToList();
        Assert.Equal(store.Stats().Articles, reports.Count);
        Assert.All(reports, r => Assert.Equal("identity", (string?)byId[(string)r["created_by_ref"]!]["type"]));
        var countries = objects.Where(o => (string)o["type"]! == "location").Select(o => (string)o["country"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "KP", "RU", "KR" }, countries);
        Assert.Contains(reports, r => r["external_references"]?[0]?["url"] is not null);
        Assert.Contains(objects, o => (string?)o["relationship_type"] == "located-at");
    }

    private static void Fill(string db, IReadOnlyList<string> files)
    {
        using var store = StoreFactory.Open(db);
        foreach (var file in files)
        {
            ArticleIntake.Store(store, ArticleReader.Default.ReadFile(file), ExtractionPipeline.Default);
        }
    }
}
