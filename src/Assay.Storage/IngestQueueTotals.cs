namespace Assay.Storage;

/// <summary>The state of a whole <see cref="IIngestQueue"/>: inputs per state, and the ingest counts of the done ones.</summary>
public sealed record IngestQueueTotals(int Pending, int Taken, int Done, int Failed, int Stored, int Unchanged, int Skipped)
{
    /// <summary>Every input in the queue.</summary>
    public int Inputs => Pending + Taken + Done + Failed;
}
