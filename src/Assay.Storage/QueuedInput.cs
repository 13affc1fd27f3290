namespace Assay.Storage;

/// <summary>An input claimed from an <see cref="IIngestQueue"/>.</summary>
/// <param name="Id">The queue entry, named when renewing, completing or failing it.</param>
/// <param name="Input">The path as enqueued.</param>
/// <param name="Attempts">Times it has been claimed, this claim included.</param>
public sealed record QueuedInput(long Id, string Input, int Attempts);
