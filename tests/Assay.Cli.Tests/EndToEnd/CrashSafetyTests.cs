using System.Diagnostics;
using System.Globalization;
using Assay.Cli.Infrastructure;
using Assay.Extraction.Pipeline;
using Assay.Workspace;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Assay.Cli.Tests.EndToEnd;

public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int ArticleCount = 300;

    private const int Kills = 5;

    private readonly TempFolder _temp = new();

    [Fact]
    public void Ingest_KilledRepeatedlyThenRunToTheEnd_StoresEveryArticleOnceAndWhole()
    {
        // Given a folder of 300 distinct short articles and an empty SQLite file
        var folder = _temp.File("articles");
        WriteArticles(folder, new Random(11));
        var db = _temp.File("store.db");
        var delays = new Random(20261127);

        // When the real CLI ingests it five times, in transactions of 16, and each time, once that run has stored
        // something new, is killed after a short random delay
        var killedWhileRunning = 0;
        for (var i = 0; i < Kills; i++)
        {
            var before = CountArticles(db);
            using var run = Start("ingest", folder, "--db", db, "--workers", "2", "--batch-size", "16");

            // Timing from the start would mostly land in the runtime's startup, which varies with the machine's load;
            // waiting for progress puts every kill inside the ingest itself.
            var waited = Stopwatch.StartNew();
            while (!run.HasExited && CountArticles(db) <= before && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(5);
            }

            var delay = delays.Next(0, 40);
            Thread.Sleep(delay);
            var running = !run.HasExited;
            if (running)
            {
                killedWhileRunning++;
                run.Kill(entireProcessTree: true);
            }

            run.WaitForExit();
            output.WriteLine($"run {i + 1}: {(running ? "killed" : "finished")} {delay} ms after it stored its first new batch (or its end); {before} -> {CountArticles(db)} articles stored");
        }

        var storedBefore = CountArticles(db);
        output.WriteLine($"{killedWhileRunning} of {Kills} runs killed while running; {storedBefore} articles stored by them");

        // And then ingests it to the end
        using var last = Start("ingest", folder, "--db", db);
        var printed = last.StandardOutput.ReadToEnd();
        last.WaitForExit();

        // Then the last run succeeds and reports the rest as new, the others as already stored
        Assert.True(killedWhileRunning > 0, "no run was still going when it was killed");
        Assert.True(last.ExitCode == ExitCodes.Ok, $"the last run exited with {last.ExitCode}; its stderr:\n{CliProcess.ErrorsOf(last)}");
        var counts = new CliOutcome(last.ExitCode, printed, string.Empty).IngestCounts();
        Assert.Equal((ArticleCount, ArticleCount - storedBefore, storedBefore, 0), counts);

        // And every article is stored exactly once, each with its whole extraction
        using var connection = Open(db);
        Assert.Equal(ArticleCount, Scalar(connection, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(ArticleCount, Scalar(connection, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"));
        using var store = StoreFactory.Open(db);
        foreach (var article in store.Articles())
        {
            var saved = store.LoadExtraction(article.Id);
            Assert.NotNull(saved);
            var fresh = ExtractionPipeline.Default.Extract(saved.Article);
            Assert.Equal(fresh.Sentences.Count, saved.Sentences.Count);
            Assert.Equal(fresh.Claims.Count, saved.Claims.Count);
        }

        // And the word index, written beside the store by another thread and cut off by the same kills, finds each once
        var hits = store.Search("convoys", ArticleCount * 2);
        Assert.Equal(ArticleCount, hits.Count);
        Assert.Equal(ArticleCount, hits.Select(h => h.ArticleId).Distinct().Count());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private static Process Start(params string[] args) => CliProcess.Start(null, args);

    private static int CountArticles(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = Open(db);
            return Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'") == 0
                ? 0
                : Scalar(connection, "SELECT COUNT(*) FROM articles");
        }
        catch (SqliteException)
        {
            // The child may be creating the file or migrating it at this very moment.
            return 0;
        }
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void WriteArticles(string folder, Random random)
    {
        string[] places = ["the northern port", "the river crossing", "the border district", "the coastal airfield", "the eastern rail hub"];
        string[] sources = ["The defence ministry", "A regional governor", "Local officials", "A military spokesman", "An independent monitoring group"];
        string[] things = ["soldiers", "armoured vehicles", "artillery pieces", "supply trucks", "engineers"];
        Directory.CreateDirectory(folder);
        for (var i = 0; i < ArticleCount; i++)
        {
            var place = places[random.Next(places.Length)];
            var source = sources[random.Next(sources.Length)];
            var thing = things[random.Next(things.Length)];
            var number = 20 + (i * 7) + random.Next(5);
            var text = $"""
                Report {i + 1}: movement near {place}

                {source} said on Monday that about {number} {thing} had arrived near {place} during the night.
                Residents told reporters they had heard convoys for several hours, bulletin {i + 1} added.
                Analysts cautioned that the figure of {number} could not be checked independently.

                """;
            File.WriteAllText(Path.Combine(folder, $"report-{i:000}.txt"), text);
        }
    }
}
