using Assay.Storage;

namespace Assay.Web.Api.Models;

/// <summary>A watched feed as the API shows it.</summary>
/// <param name="Url">The feed's address.</param>
/// <param name="Etag">The validator sent back on the next poll.</param>
/// <param name="LastModified">The Last-Modified sent back on the next poll.</param>
/// <param name="LastPolled">When it was last polled.</param>
/// <param name="LastError">Why the last poll failed; null when it went in.</param>
public sealed record FeedItemState(string Url, string? Etag, string? LastModified, DateTimeOffset? LastPolled, string? LastError)
{
    /// <summary>The API form of a stored feed state.</summary>
    public static FeedItemState From(FeedState feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new(feed.Url, feed.ETag, feed.LastModified, feed.LastPolled, feed.LastError);
    }
}
