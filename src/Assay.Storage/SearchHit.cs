namespace Assay.Storage;

/// <summary>An article matching a full-text search, with a snippet around the match.</summary>
public sealed record SearchHit(long ArticleId, string? Title, string Snippet);
