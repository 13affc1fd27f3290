namespace Assay.Interop.Feeds;

/// <summary>One entry of an RSS or Atom feed.</summary>
/// <param name="Key">What identifies the item within its feed: the guid (Atom id), else the link, else a hash of the
/// title and summary.</param>
/// <param name="Link">The page the item points to, made absolute against the feed's URL; null when it has none.</param>
/// <param name="Title">The item's title as plain text.</param>
/// <param name="Published">The publication date, else the last update; null when the feed gives neither.</param>
/// <param name="Summary">The description (RSS) or summary (Atom), as the feed gives it (often HTML).</param>
/// <param name="Content">The full content when the feed carries it (RSS content:encoded, Atom content), as given.</param>
public sealed record FeedItem(string Key, Uri? Link, string? Title, DateTimeOffset? Published, string? Summary, string? Content);
