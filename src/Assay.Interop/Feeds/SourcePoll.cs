namespace Assay.Interop.Feeds;

/// <summary>What one poll of one feed or folder did.</summary>
/// <param name="Source">The feed URL or folder as given.</param>
/// <param name="NotModified">True when the feed answered "not modified" to a conditional request.</param>
/// <param name="Stored">Items stored as new articles, in feed (or file) order.</param>
/// <param name="Repeats">Items skipped because they were taken before, or whose article was already stored.</param>
/// <param name="Failures">Items that could not be stored; each is tried again on the next poll.</param>
/// <param name="Error">Why the feed or folder itself could not be read; null when it was.</param>
public sealed record SourcePoll(string Source, bool NotModified, IReadOnlyList<StoredItem> Stored, int Repeats, IReadOnlyList<ItemFailure> Failures, string? Error)
{
    /// <summary>True when the source was read and every new item stored.</summary>
    public bool Succeeded => Error is null && Failures.Count == 0;

    /// <summary>A poll that failed as a whole.</summary>
    public static SourcePoll Failed(string source, string error) => new(source, false, [], 0, [], error);
}
