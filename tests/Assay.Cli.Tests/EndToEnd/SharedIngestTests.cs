using System.Diagnostics;
using System.Globalization;
using Assay.Cli.Infrastructure;
using Assay.Storage.Tests;
using Npgsql;
using Xunit.Abstractions;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary><c>assay ingest --shared</c>: several real CLI processes sharing one queue on a fresh PostgreSQL database;
/// skipped with the reason when no server is configured, failed under CI.</summary>
public sealed class SharedIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Files = 40;

    /// <summary>Files 35 to 39 repeat the text of files 0 to 4, so processes race to store the same articles.</summary>
    private const int Distinct = 35;

    private const int Paragraphs = 150;

    private readonly TempFolder _temp = new();
    private readonly List<string> _databases = [];

    [Fact]
    public void Ingest_SharedOnSqlite_FailsNamingTheNeedForPostgres()
    {
        // Given a folder with one article and a SQLite store path
        var folder = _temp.File("articles");
        WriteArticles(folder);

        // When ingest --shared is asked to use the file
        var outcome = RealCli.Run("ingest", folder, "--db", _temp.File("store.db"), "--shared");

        // Then it fails with one clear line and creates no store
        Assert.Equal(ExitCodes.Error, outcome.Exit);
        Assert.Contains("--shared needs a PostgreSQL store", outcome.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("store.db")));
    }

    [SkippableFact]
    public void Ingest_ThreeSharedProcesses_StoreEveryArticleOnceAndFinishTheQueue()
    {
        // Given 40 files (35 distinct articles) and a fresh database
        var folder = _temp.File("articles");
        WriteArticles(folder);
        var db = NewDatabase();

        // When three processes ingest the same folder into it at once, sharing the queue
        var runs = Enumerable.Range(0, 3)
            .Select(_ => Start("ingest", folder, "--db", db, "--shared", "--workers", "1", "--batch-size", "3"))
            .ToList();
        var printed = runs.Select(r => r.StandardOutput.ReadToEndAsync()).ToList();
        foreach (var run in runs)
        {
            Assert.True(run.WaitForExit(TimeSpan.FromMinutes(3)), "a shared ingest did not finish");
        }

        // Then each succeeds, the processes' own counts add up to the whole, and every article is stored once
        var outs = printed.Select(p => p.GetAwaiter().GetResult()).ToList();
        outs.ForEach(output.WriteLine);
        Assert.All(runs, r => Assert.True(r.ExitCode == ExitCodes.Ok, $"a process exited with {r.ExitCode}; its stderr:\n{CliProcess.ErrorsOf(r)}"));
        var counts = outs.Select(o => new CliOutcome(0, o, string.Empty).IngestCounts()).ToList();
        Assert.Equal(Files, counts.Sum(c => c.Read));
        Assert.Equal(Distinct, counts.Sum(c => c.Stored));
        Assert.Equal(Files - Distinct, counts.Sum(c => c.AlreadyStored));
        AssertStoredOnceAndQueueDone(db);
        Assert.Equal(Distinct, Count(db, "SELECT SUM(stored) FROM ingest_queue"));
        Assert.All(outs, o => Assert.Contains($"shared queue: {Files} inputs, {Files} done, 0 in progress, 0 waiting, 0 failed; {Distinct} articles stored (new), {Files - Distinct} already stored, 0 skipped", o, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Ingest_SharedProcessKilledMidRun_NextRunTakesOverAfterTheLeaseWithNothingTwice()
    {
        // Given 40 files and a fresh database
        var folder = _temp.File("articles");
        WriteArticles(folder);
        var db = NewDatabase();

        // When a shared ingest with 2-second leases is killed once it has stored something, with inputs still open
        using (var doomed = Start("ingest", folder, "--db", db, "--shared", "--workers", "1", "--batch-size", "1", "--lease", "2"))
        {
            var waited = Stopwatch.StartNew();
            while (!doomed.HasExited && Count(db, "SELECT COUNT(*) FROM articles") == 0 && waited.Elapsed < TimeSpan.FromSeconds(90))
            {
                Thread.Sleep(5);
            }

            Assert.False(doomed.HasExited, "the run ended before it could be killed");
            doomed.Kill(entireProcessTree: true);
            doomed.WaitForExit();
        }

        var doneAtKill = Count(db, "SELECT COUNT(*) FROM ingest_queue WHERE state = 'done'");
        var heldAtKill = Count(db, "SELECT COUNT(*) FROM ingest_queue WHERE state = 'taken'");
        output.WriteLine($"killed with {Count(db, "SELECT COUNT(*) FROM articles")} articles stored, {doneAtKill} inputs done, {heldAtKill} held");

        // And the same command is run again
        using var next = Start("ingest", folder, "--db", db, "--shared", "--lease", "2");
        var printed = next.StandardOutput.ReadToEnd();
        Assert.True(next.WaitForExit(TimeSpan.FromMinutes(3)), "the second run did not finish");
        output.WriteLine(printed);

        // Then the killed run had left inputs unfinished, the second run finishes them all, and nothing is stored twice
        // (an article the killed run stored for an input it never completed counts as already stored the second time)
        Assert.True(doneAtKill < Files, "every input was done before the kill");
        Assert.True(next.ExitCode == ExitCodes.Ok, $"the second run exited with {next.ExitCode}; its stderr:\n{CliProcess.ErrorsOf(next)}");
        AssertStoredOnceAndQueueDone(db);
        Assert.Contains($"shared queue: {Files} inputs, {Files} done, 0 in progress, 0 waiting, 0 failed", printed, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var name in _databases)
        {
            PostgresTestServer.DropDatabase(name);
        }

        _temp.Dispose();
    }

    private string NewDatabase()
    {
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        return connectionString;
    }

    private static void AssertStoredOnceAndQueueDone(string db)
    {
        Assert.Equal(Distinct, Count(db, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(Distinct, Count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.Equal(Distinct, Count(db, "SELECT COUNT(*) FROM article_hashes h JOIN articles a ON a.id = h.article_id AND a.content_hash = h.content_hash"));
        Assert.Equal(0, Count(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"));
        Assert.Equal(Files, Count(db, "SELECT COUNT(*) FROM ingest_queue WHERE state = 'done'"));
        Assert.Equal(Files, Count(db, "SELECT COUNT(*) FROM ingest_queue"));
        Assert.Equal(Files, Count(db, "SELECT SUM(stored + unchanged + skipped) FROM ingest_queue"));
    }

    private static int Count(string db, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db) { Pooling = false }.ConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT to_regclass('ingest_queue') IS NOT NULL", connection);
        if (exists.ExecuteScalar() is not true)
        {
            // The child is still migrating the empty database.
            return 0;
        }

        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Wide enough that the summary table and the queue line are never wrapped.
    private static Process Start(params string[] args) => CliProcess.Start(new Dictionary<string, string> { ["COLUMNS"] = "240" }, args);

    private static void WriteArticles(string folder)
    {
        string[] places = ["the hill town", "the ferry landing", "the old airbase", "the grain terminal", "the mountain pass"];
        string[] sources = ["A provincial spokeswoman", "The coast guard", "Two aid workers", "The interior ministry", "A local radio station"];
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Files; i++)
        {
            var n = i < Distinct ? i : i - Distinct;
            // Long articles, so that extraction rather than process start-up takes the time and a run can be caught
            // in the middle.
            var text = new System.Text.StringBuilder($"Update {n + 1} from {places[n % places.Length]}\n\n");
            for (var p = 0; p < Paragraphs; p++)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{sources[(n + p) % sources.Length]} said on Tuesday that roughly {40 + (n * 3) + p} families had left {places[(n + p) % places.Length]} overnight. ")
                    .Append(CultureInfo.InvariantCulture, $"Officials expected more departures, notice {n + 1}.{p} added, but gave no figure for them.\n\n");
            }

            File.WriteAllText(Path.Combine(folder, $"update-{i:00}.txt"), text.ToString());
        }
    }
}
