namespace Assay.Cli.Ingestion;

/// <summary>What an ingest run did.</summary>
/// <param name="Files">Files read (after expanding folders and globs).</param>
/// <param name="Read">Articles read successfully.</param>
/// <param name="Stored">Articles new to the store.</param>
/// <param name="Unchanged">Articles already stored (same content hash), left as they were.</param>
/// <param name="Skipped">Inputs not stored, each with its reason.</param>
internal sealed record IngestReport(int Files, int Read, int Stored, int Unchanged, IReadOnlyList<SkippedInput> Skipped)
{
    /// <summary>Each file's own counts, in the order the files were given; null unless the ingester was asked to count
    /// per input.</summary>
    public IReadOnlyList<InputCounts>? Inputs { get; init; }

    /// <summary>Time the one saving thread spent in the store's saves: the part of an ingest that cannot run on more
    /// than one thread. Close to the wall time, it says the saves bound the ingest, not the extraction.</summary>
    public TimeSpan Saving { get; init; }
}
