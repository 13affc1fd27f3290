using Assay.Core.Articles;

namespace Assay.Storage;

/// <summary>A stored article's metadata (without its text).</summary>
public sealed record StoredArticle(
    long Id,
    string ContentHash,
    string? Title,
    string? Outlet,
    string? Byline,
    DateOnly? Published,
    string? Url,
    ArticleKind Kind,
    string? Location,
    int WordCount,
    int ClaimCount);
