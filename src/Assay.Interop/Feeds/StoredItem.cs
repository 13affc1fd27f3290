namespace Assay.Interop.Feeds;

/// <summary>An item or file a poll stored as a new article.</summary>
/// <param name="Location">The item's link (or key) or the file's path.</param>
/// <param name="ArticleId">The stored article's id.</param>
/// <param name="Title">The article's title, when it has one.</param>
public sealed record StoredItem(string Location, long ArticleId, string? Title);
