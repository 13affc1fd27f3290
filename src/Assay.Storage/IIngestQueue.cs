namespace Assay.Storage;

/// <summary>A list of inputs that several ingest processes share: each input is claimed by one worker at a time,
/// under a lease the worker renews while it works, and taken over by another worker once the lease runs out.</summary>
/// <remarks>Delivery is at least once: a worker that dies after storing an input but before completing it leaves it to
/// be ingested again, which the store's idempotent save turns into exactly once.</remarks>
public interface IIngestQueue : IDisposable
{
    /// <summary>Adds the inputs not queued yet (an input already queued, in any state, is left as it is); returns how
    /// many were added.</summary>
    int Enqueue(IReadOnlyCollection<string> inputs);

    /// <summary>Takes up to <paramref name="count"/> inputs for <paramref name="worker"/>, in queue order: pending ones,
    /// and taken ones whose lease has run out. An input whose lease has run out <paramref name="maxAttempts"/> times is
    /// marked failed instead of being handed out again.</summary>
    IReadOnlyList<QueuedInput> Claim(string worker, int count, TimeSpan lease, int maxAttempts = 3);

    /// <summary>Extends the lease of an input <paramref name="worker"/> holds; false when it no longer holds it.</summary>
    bool Renew(long id, string worker, TimeSpan lease);

    /// <summary>Marks an input done with its counts, once its batches have committed; false when
    /// <paramref name="worker"/> no longer holds it.</summary>
    bool Complete(long id, string worker, int stored, int unchanged, int skipped);

    /// <summary>Gives an input back after an error: pending again, or failed with the error once it has been tried
    /// <paramref name="maxAttempts"/> times. Returns the state it is left in, or null when <paramref name="worker"/>
    /// no longer holds it.</summary>
    string? Fail(long id, string worker, string error, int maxAttempts = 3);

    /// <summary>How many inputs are in each state, and the counts of the done ones added up.</summary>
    IngestQueueTotals Totals();
}
