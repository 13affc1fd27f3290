namespace Assay.Storage;

/// <summary>Which stored articles to list, newest first (by date, then id), and which page of them.</summary>
public sealed record ArticleQuery
{
    /// <summary>Only articles whose outlet contains this text, ignoring case.</summary>
    public string? Outlet { get; init; }

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Only these articles (a full-text search's hits, say); all when null.</summary>
    public IReadOnlyCollection<long>? Ids { get; init; }

    /// <summary>Articles to skip, newest first.</summary>
    public int Offset { get; init; }

    /// <summary>Most articles to return.</summary>
    public int Limit { get; init; } = int.MaxValue;

    /// <summary>True when <paramref name="article"/> passes the filters (not the paging); for stores without SQL.</summary>
    public bool Matches(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return (Outlet is null || (article.Outlet?.Contains(Outlet, StringComparison.OrdinalIgnoreCase) ?? false))
            && (Since is null || article.Published >= Since)
            && (Until is null || article.Published <= Until)
            && (Ids is null || Ids.Contains(article.Id));
    }
}
