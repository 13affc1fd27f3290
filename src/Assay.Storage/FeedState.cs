namespace Assay.Storage;

/// <summary>What the store remembers of a watched feed between polls.</summary>
/// <param name="Url">The feed's URL as given to the watcher; the key.</param>
/// <param name="ETag">The ETag of the last full response, sent back as If-None-Match; null when none was given.</param>
/// <param name="LastModified">The Last-Modified of the last full response, as the server wrote it; null when none.</param>
/// <param name="LastPolled">When the feed was last polled; null before the first poll.</param>
/// <param name="LastError">Why the last poll failed; null when it succeeded.</param>
public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset? LastPolled, string? LastError);
