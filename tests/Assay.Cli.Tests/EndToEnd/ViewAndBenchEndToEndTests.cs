using System.Text.Json;
using Assay.Cli.Infrastructure;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>Kept views of a subject, claims found by word, and the end-to-end benchmark, through the real CLI.</summary>
public sealed class ViewAndBenchEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void View_SeriesAskedAgain_ServedFromTheStoreUntilAnArticleIsAdded()
    {
        // Given a copy of the samples store
        var db = Copy();

        // When the troop series is asked for twice, then again after one more article is ingested
        var first = RealCli.Run("view", "series", "north korean troops", "--no-embeddings", "--db", db);
        var second = RealCli.Run("view", "series", "north korean troops", "--no-embeddings", "--db", db);
        var article = _temp.File("new.txt");
        File.WriteAllText(article, "Troops reported near Kursk\n\nA regional official said on Tuesday that 400 North Korean troops had reached a village near Kursk.\n");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("ingest", article, "--db", db).Exit);
        var third = RealCli.Run("view", "series", "north korean troops", "--no-embeddings", "--db", db);

        // Then the first is built and holds the NIS's troop figures, the second is the same JSON served from the
        // store, and the third is built again
        Assert.Equal(ExitCodes.Ok, first.Exit);
        Assert.Contains("built", first.Err, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(first.Out))
        {
            var series = json.RootElement.EnumerateArray().ToList();
            Assert.NotEmpty(series);
            Assert.Contains(series, s => s.GetProperty("points").GetArrayLength() > 1);
        }

        Assert.Equal(first.Out, second.Out);
        Assert.Contains("served from the store", second.Err, StringComparison.Ordinal);
        Assert.Contains("built", third.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void View_Story_ListsTheSubjectsStrongestPropositions()
    {
        // Given a copy of the samples store
        var db = Copy();

        // When the story of the troops is asked for
        var run = RealCli.Run("view", "story", "troops", "--no-embeddings", "--db", db);

        // Then its propositions come back as the story command's JSON, each about troops
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var propositions = json.RootElement.GetProperty("propositions").EnumerateArray().ToList();
        Assert.InRange(propositions.Count, 1, 25);
    }

    [Fact]
    public void View_UnknownKind_IsRefusedWithTheKinds()
    {
        // Given a store
        var db = Copy();

        // When a view kind that does not exist is asked for
        var run = RealCli.Run("view", "chart", "troops", "--db", db);

        // Then exit 1, naming the kinds
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("series or story", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_Text_FindsClaimsByWordNewestFirst()
    {
        // Given a copy of the samples store
        var db = Copy();

        // When claims are searched by a source's name as a word
        var run = RealCli.Run("claims", "--text", "nis", "--json", "--db", db);

        // Then every claim found credits the NIS (as source or intermediary), the newest stored first
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var claims = json.RootElement.EnumerateArray().ToList();
        Assert.True(claims.Count >= 3, run.Out);
        var ids = claims.Select(c => c.GetProperty("article_id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Fact]
    public void Bench_SmallCorpus_IngestsTimesEveryQueryAndWritesTheReport()
    {
        // Given a folder for a corpus of 120 generated articles, a store and a report
        var corpus = _temp.File("corpus");
        var db = _temp.File("bench.db");
        var report = _temp.File("report.md");

        // When the bench runs, and runs again on the same corpus and store
        var run = RealCli.Run("bench", "--articles", "120", "--queries", "2", "--corpus", corpus, "--db", db, "--report", report, "--json", "--speed-check", "0.2");
        var again = RealCli.Run("bench", "--articles", "120", "--queries", "0", "--corpus", corpus, "--db", db, "--json", "--speed-check", "0");

        // Then every article was read and stored once (duplicates left unchanged), every query kind was timed, and
        // the report names the machine and each target
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        using (var json = JsonDocument.Parse(run.Out))
        {
            var ingest = json.RootElement.GetProperty("ingest");
            Assert.Equal(120, ingest.GetProperty("articles").GetInt64());
            Assert.Equal(120, ingest.GetProperty("stored").GetInt64() + ingest.GetProperty("unchanged").GetInt64());
            Assert.True(ingest.GetProperty("peakBytes").GetInt64() > 0);
            Assert.True(ingest.GetProperty("collections").GetInt32() >= 0);
            // Where the time went, by thread (on Linux; a run this small may leave every thread under the 10 ms shown):
            // never more than the process's own processor time
            var threads = ingest.GetProperty("threads").EnumerateArray().Select(t => t.GetProperty("seconds").GetDouble()).ToList();
            Assert.All(threads, seconds => Assert.True(seconds >= 0.01));
            Assert.True(threads.Sum() <= ingest.GetProperty("cpuSeconds").GetDouble() + 0.05);
            // The machine's speed, checked on one thread before and after (tens of thousands of words a second at
            // the very least, even on a slow machine under a debugger)
            Assert.InRange(ingest.GetProperty("speedBefore").GetDouble(), 10_000, 1e9);
            Assert.InRange(ingest.GetProperty("speedAfter").GetDouble(), 10_000, 1e9);

            var queries = json.RootElement.GetProperty("queries").EnumerateArray().ToList();
            Assert.Equal(7, queries.Count);
            Assert.All(queries, q => Assert.True(q.GetProperty("samples").GetInt32() > 0 && q.GetProperty("p95Ms").GetDouble() > 0, q.ToString()));
        }

        var markdown = File.ReadAllText(report);
        Assert.Contains("- Machine: ", markdown, StringComparison.Ordinal);
        Assert.Contains("| articles per second |", markdown, StringComparison.Ordinal);
        Assert.Contains("| garbage collection |", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\| machine speed check: one thread extracting the same 100 generated articles, before / after the ingest \| \d+\.\d\d / \d+\.\d\d M words/s \|", markdown);
        Assert.Contains("p95 ms", markdown, StringComparison.Ordinal);

        // And the second run reuses the corpus and finds every article already stored
        Assert.True(again.Exit == ExitCodes.Ok, again.Err);
        Assert.Contains("reusing the corpus", again.Err, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(again.Out);
        Assert.Equal(0, second.RootElement.GetProperty("ingest").GetProperty("stored").GetInt64());
        Assert.False(second.RootElement.GetProperty("ingest").TryGetProperty("speedBefore", out _), "--speed-check 0 still checked");
        Assert.Empty(second.RootElement.GetProperty("queries").EnumerateArray());
    }

    [Fact]
    public void Bench_SkipIngestWithoutStore_IsRefused()
    {
        // Given no store
        // When the queries alone are asked for without naming a store
        var run = RealCli.Run("bench", "--skip-ingest");

        // Then exit 1 with the reason
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("--db", run.Out + run.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private string Copy() => samples.CopyTo(_temp);
}
