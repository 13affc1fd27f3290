namespace Assay.Storage;

/// <summary>What saving one article did.</summary>
/// <param name="ArticleId">Id of the stored article (existing or new).</param>
/// <param name="Added">True when the article was new; false when its content hash was already stored.</param>
public readonly record struct SaveResult(long ArticleId, bool Added);
