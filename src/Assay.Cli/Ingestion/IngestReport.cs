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
}
