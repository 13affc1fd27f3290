using Assay.Cli.Benchmarking;

namespace Assay.Cli.Tests;

/// <summary>The Markdown a bench run writes for bench/reports: each figure against the target that applies to it.</summary>
public sealed class BenchReportTests
{
    [Theory]
    [InlineData(300.0, "| articles per second | 833 | ≥ 833 (250,000 in 5 min): met |")]
    [InlineData(301.0, "| articles per second | 831 | ≥ 833 (250,000 in 5 min): **missed** |")]
    public void ToMarkdown_SqliteIngest_JudgesTheRateAgainstFiveMinutes(double seconds, string line)
    {
        // Given 250,000 articles ingested into SQLite in 300 s, and in 301 s
        var result = Result(seconds, onServer: false);

        // When the report is written
        var markdown = BenchReport.ToMarkdown(result);

        // Then the rate is judged against 250,000 in five minutes
        Assert.Contains(line, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_ServerIngest_GivesNoRateVerdictButStillJudgesMemory()
    {
        // Given 250,000 articles ingested into PostgreSQL in 729 s
        var result = Result(729.0, onServer: true);

        // When the report is written
        var markdown = BenchReport.ToMarkdown(result);

        // Then the rate carries no verdict (the five-minute target is SQLite's), while peak memory is still judged
        Assert.Contains("| articles per second | 343 | none for a server (≥ 833, 250,000 in 5 min, is SQLite's on one machine) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("5 min): **missed**", markdown, StringComparison.Ordinal);
        Assert.Contains("| peak resident memory | 263 MiB | < 500 MB: met |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_Ingest_SaysHowMuchOfTheWallTimeTheSavingThreadSpentSaving()
    {
        // Given an ingest of 250 s whose saves took 200 s on the saving thread
        var result = Result(250.0, onServer: false);
        result = result with { Ingest = result.Ingest! with { SavingSeconds = 200.0 } };

        // When the report is written
        var markdown = BenchReport.ToMarkdown(result);

        // Then that time is given with its share of the wall time
        Assert.Contains("| saving, on the one thread that saves | 200.0 s (80% of the wall time) | |", markdown, StringComparison.Ordinal);
    }

    private static BenchResult Result(double seconds, bool onServer) => new(
        DateTimeOffset.UnixEpoch,
        new MachineInfo("test processor", 2, 23.5, "Linux", ".NET 10"),
        onServer ? "PostgreSQL bench250k on 127.0.0.1" : "SQLite file bench.db",
        250_000,
        42,
        null,
        242_403,
        new IngestMeasure(250_000, 242_403, 7_597, 0, 171_000_000, seconds, 500, 263L * 1024 * 1024, 2),
        [])
    {
        OnServer = onServer,
    };
}
