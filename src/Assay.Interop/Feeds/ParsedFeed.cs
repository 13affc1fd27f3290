namespace Assay.Interop.Feeds;

/// <summary>An RSS or Atom feed as read: its title and its items in the order the feed lists them.</summary>
/// <param name="Title">The feed's title; null when it has none.</param>
/// <param name="Items">The items, in feed order.</param>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);
