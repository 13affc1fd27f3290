using System.Text.Json;
using Assay.Analysis.Propositions.Embeddings;
using Assay.Cli.Infrastructure;
using Assay.Cli.Tests.Support;
using Assay.Testing;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>The picture across the samples: origins, the debunked reports, revisions, the pooled range, contradictions.</summary>
public sealed class StoryEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>
{
    [Fact]
    public void Story_OutletsRepeatingTheNis_CountOneOrigin()
    {
        // Given the samples, where the NIS's own release, Yonhap and a near copy of Yonhap carry the same figures
        // When the story is listed as JSON
        using var story = Json("story", "--limit", "0", "--json");

        // Then some proposition has several mentions in several outlets but the NIS as its only origin
        var nisOnly = story.RootElement.GetProperty("propositions").EnumerateArray()
            .Where(p => p.GetProperty("origins").GetInt32() == 1 && p.GetProperty("outlets").GetInt32() >= 2)
            .Where(p => p.GetProperty("origin_list")[0].GetProperty("name").GetString()!.Contains("National Intelligence Service", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(nisOnly);
        Assert.All(nisOnly, p => Assert.True(p.GetProperty("mentions").GetInt32() > p.GetProperty("origins").GetInt32()));
    }

    [Fact]
    public void Story_NearCopyArticle_IsLinkedToTheWireStory()
    {
        // Given the samples, where Korea JoongAng Daily re-runs Yonhap's Oct. 18 story
        // When the story is listed as JSON
        using var story = Json("story", "--json");
        using var store = StoreFactory.Open(samples.Db);
        var articles = store.Articles();
        var rerun = articles.Single(a => a.Outlet == "Korea JoongAng Daily").Id;
        var wire = articles.Single(a => a.Outlet == "Yonhap" && a.Published == new DateOnly(2024, 10, 18)).Id;

        // Then the re-run is flagged as derived from the wire story by shared wording
        Assert.Contains(story.RootElement.GetProperty("derived_from").EnumerateArray(), l =>
            l.GetProperty("article_id").GetInt64() == rerun && l.GetProperty("from_article_id").GetInt64() == wire
            && l.GetProperty("reason").GetString()!.StartsWith("shared wording", StringComparison.Ordinal));
    }

    [Fact]
    public void Story_DebunkedReports_AreMarked()
    {
        // Given the samples, with the Donetsk engineers report and the Kursk video both shown false
        // When the story is listed as JSON
        using var story = Json("story", "--limit", "0", "--json");
        var propositions = story.RootElement.GetProperty("propositions").EnumerateArray().ToList();

        // Then propositions are marked refuted, with the refuting claim named in a note, and none is dropped
        var refuted = propositions.Where(p => p.GetProperty("refuted").GetBoolean()).ToList();
        Assert.NotEmpty(refuted);
        Assert.All(refuted, p => Assert.Contains(p.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("refuted: ", StringComparison.Ordinal)));
        Assert.Contains(propositions, p => p.GetProperty("rests_on_refuted").GetBoolean());
    }

    [Fact]
    public void Story_Contradictions_AreListedSideBySide()
    {
        // Given the samples, with Kremlin and Pyongyang denials and disagreeing figures
        // When the story is shown
        var run = RealCli.Run("story", "--db", samples.Db);
        using var story = Json("story", "--limit", "0", "--json");

        // Then a contradictions section lists stance and figure contradictions, each naming both claims
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains(run.OutLines, l => l.Contains("Contradictions", StringComparison.Ordinal));
        var contradictions = story.RootElement.GetProperty("contradictions").EnumerateArray().ToList();
        Assert.Contains(contradictions, c => c.GetProperty("kind").GetString() == "stance");
        Assert.Contains(contradictions, c => c.GetProperty("kind").GetString() == "figures");
        Assert.All(contradictions, c => Assert.NotEqual(c.GetProperty("claim").GetString(), c.GetProperty("other_claim").GetString()));
    }

    [Fact]
    public void Estimates_NisRevisions_AppearInOrder()
    {
        // Given the samples, where the NIS revises its count of North Korean troops upward
        // When the series is listed as JSON
        using var series = Json("estimates", "north korean troops in russia", "--json");
        var troops = series.RootElement.EnumerateArray().First();
        var nis = troops.GetProperty("points").EnumerateArray()
            .Where(p => p.GetProperty("origin_name").GetString()!.Contains("National Intelligence Service", StringComparison.Ordinal))
            .ToList();

        // Then the agency's figures are dated in order and at least one is marked as revised upward
        var dates = nis.Select(p => p.GetProperty("as_of").GetString()!).ToList();
        Assert.True(dates.Count >= 3, $"NIS figures: {dates.Count}");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(nis, p => p.GetProperty("revision").GetString() == "up");
    }

    [Fact]
    public void Estimates_TroopCount_PrintsThePooledRangeWithItsMethod()
    {
        // Given the samples
        // When the troop series is shown
        var run = RealCli.Run("estimates", "north korean troops in russia", "--db", samples.Db);
        using var series = Json("estimates", "north korean troops in russia", "--json");

        // Then the pooled range is printed with its method, and the assessment pool sits in the thousands
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains(run.OutLines, l => l.Contains("Best-supported range", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("Method:", StringComparison.Ordinal));
        var pool = series.RootElement[0].GetProperty("pooled").EnumerateArray()
            .Where(g => g.GetProperty("status").GetString() == "assessment")
            .OrderByDescending(g => g.GetProperty("origins").GetInt32())
            .First();
        var median = pool.GetProperty("linear_pool").GetProperty("median").GetDouble();
        Assert.InRange(median, 3000, 15000);
        Assert.True(pool.GetProperty("linear_pool").GetProperty("p10").GetDouble() < median);
    }

    [Fact]
    public void Proposition_ById_ListsEveryClaimWithItsSentence()
    {
        // Given the strongest proposition of the samples
        using var story = Json("story", "--json");
        var top = story.RootElement.GetProperty("propositions")[0];
        var id = top.GetProperty("id").GetString()!;

        // When it is shown, as a table and as JSON
        var run = RealCli.Run("proposition", id, "--db", samples.Db);
        using var detail = Json("proposition", id, "--json");

        // Then every claim is there with its sentence and origin
        Assert.Equal(ExitCodes.Ok, run.Exit);
        var claims = detail.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(top.GetProperty("mentions").GetInt32(), claims.Count);
        Assert.All(claims, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("text").GetString())));
        string[] kinds = ["source", "outlet", "anonymous", "eyewitness", "unnamed", "article"];
        Assert.All(claims, c => Assert.Contains(c.GetProperty("origin").GetString()!.Split(':')[0], kinds));
        Assert.Contains(run.OutLines, l => l.Contains(claims[0].GetProperty("ref").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public void Proposition_Unknown_FailsWithOneLine()
    {
        // Given the samples
        // When an unknown proposition is asked for
        var run = RealCli.Run("proposition", "p999.c9", "--db", samples.Db);

        // Then exit 1 with one error line naming it
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("p999.c9", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_WithSentenceEmbeddings_GroupsAtLeastAsMuch()
    {
        // Given the samples and the real MiniLM embedder
        using var lexical = Json("story", "--limit", "0", "--json");
        var run = RealCli.RunWith(static () => new MiniLmSentenceEmbedder(), "story", "--limit", "0", "--json", "--db", samples.Db);

        // When grouped by meaning as well as keys
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var semantic = JsonDocument.Parse(run.Out);

        // Then there are no more propositions than by keys alone, and every claim is still in exactly one
        var total = semantic.RootElement.GetProperty("propositions_total").GetInt32();
        Assert.True(total <= lexical.RootElement.GetProperty("propositions_total").GetInt32());
        var refs = semantic.RootElement.GetProperty("propositions").EnumerateArray()
            .SelectMany(p => p.GetProperty("claims").EnumerateArray().Select(c => c.GetString())).ToList();
        Assert.Equal(refs.Count, refs.Distinct().Count());
    }

    [Fact]
    public void Story_Samples_MatchesGoldenFile()
    {
        // Given the samples, grouped by lexical keys (the embedder's output is checked separately)
        // When the ten strongest propositions are shown
        var run = RealCli.Run("story", "--limit", "10", "--db", samples.Db);

        // Then the output matches the reviewed rendering
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Golden.Verify("story-samples", run.Out);
    }

    [Fact]
    public void Estimates_SamplesTroops_MatchesGoldenFile()
    {
        // Given the samples
        // When the troop series is shown
        var run = RealCli.Run("estimates", "north korean troops in russia", "--db", samples.Db);

        // Then the output matches the reviewed rendering
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Golden.Verify("estimates-samples-troops", run.Out);
    }

    private JsonDocument Json(params string[] args)
    {
        var run = RealCli.Run([.. args, "--db", samples.Db]);
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        return JsonDocument.Parse(run.Out);
    }
}
