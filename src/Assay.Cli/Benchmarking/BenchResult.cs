namespace Assay.Cli.Benchmarking;

/// <summary>A whole <c>assay bench</c> run: where, on what, and the figures against their targets.</summary>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Machine">The machine it ran on.</param>
/// <param name="Store">The store, as the CLI describes it ("SQLite file …", "PostgreSQL …").</param>
/// <param name="CorpusArticles">Articles in the generated corpus.</param>
/// <param name="Seed">The generator seed.</param>
/// <param name="CorpusSeconds">Time spent writing the corpus, or null when an existing corpus folder was reused.</param>
/// <param name="StoredArticles">Articles in the store when the queries ran.</param>
/// <param name="Ingest">The timed ingest, or null when it was skipped.</param>
/// <param name="Queries">Query latencies, empty when they were skipped.</param>
internal sealed record BenchResult(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    string Store,
    long CorpusArticles,
    int Seed,
    double? CorpusSeconds,
    long StoredArticles,
    IngestMeasure? Ingest,
    IReadOnlyList<Latency> Queries)
{
    /// <summary>Whether the store is a PostgreSQL server: the ingest-rate target is set for SQLite on one machine, and a
    /// server's rate is the server's, so no verdict is given for it.</summary>
    public bool OnServer { get; init; }

    /// <summary>Target: a day of world news (250,000 articles) ingested into SQLite in under five minutes.</summary>
    public const double TargetArticlesPerSecond = 250_000 / 300.0;

    /// <summary>Target: peak resident memory under 500 MB whatever the corpus size.</summary>
    public const double TargetPeakMiB = 500;

    /// <summary>Target: 95th-percentile query latency under 50 ms.</summary>
    public const double TargetP95Ms = 50;
}
