namespace Assay.Cli.Benchmarking;

/// <summary>What one timed ingest of a generated corpus did and cost.</summary>
/// <param name="Articles">Articles read from the corpus.</param>
/// <param name="Stored">Articles new to the store.</param>
/// <param name="Unchanged">Articles already stored (the corpus's exact duplicates, or a second run).</param>
/// <param name="Skipped">Inputs refused by the readers.</param>
/// <param name="Words">Words of the corpus's article bodies.</param>
/// <param name="Seconds">Wall time from the first file opened to the last batch committed.</param>
/// <param name="CpuSeconds">Processor time the process used meanwhile, all threads.</param>
/// <param name="PeakBytes">Peak resident memory of the process during the ingest.</param>
/// <param name="Workers">Extracting threads.</param>
internal sealed record IngestMeasure(long Articles, long Stored, long Unchanged, long Skipped, long Words, double Seconds, double CpuSeconds, long PeakBytes, int Workers)
{
    /// <summary>Articles read per second of wall time.</summary>
    public double ArticlesPerSecond => Seconds > 0 ? Articles / Seconds : 0;

    /// <summary>Words read per second of wall time.</summary>
    public double WordsPerSecond => Seconds > 0 ? Words / Seconds : 0;

    /// <summary>Time every thread stood still for the garbage collector during the ingest.</summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>Garbage collections during the ingest, of any generation.</summary>
    public int Collections { get; init; }

    /// <summary>Full (generation 2) collections during the ingest.</summary>
    public int FullCollections { get; init; }

    /// <summary>Wall time the one saving thread spent in the store's saves (<see cref="Ingestion.IngestReport.Saving"/>).</summary>
    public double SavingSeconds { get; init; }

    /// <summary>Processor time by thread name during the ingest, largest first (empty where the system cannot tell).</summary>
    public IReadOnlyList<ThreadTime> Threads { get; init; } = [];

    /// <summary>One thread's extraction speed on a fixed sample just before the ingest, in words per second (null when
    /// not checked): <see cref="SpeedCheck"/>.</summary>
    public double? SpeedBefore { get; init; }

    /// <summary>The same just after the ingest.</summary>
    public double? SpeedAfter { get; init; }

    /// <summary>Processor time the hypervisor took for other machines during the ingest, all processors (null where
    /// the system does not say).</summary>
    public double? StealSeconds { get; init; }

    /// <summary><paramref name="seconds"/> as a share of the wall time: cores busy for processor time, a fraction for
    /// time spent on one thread or paused.</summary>
    public double OfWall(double seconds) => seconds / Math.Max(Seconds, 1e-9);

    /// <summary>Peak resident memory in MiB.</summary>
    public double PeakMiB => PeakBytes / 1024.0 / 1024.0;
}
