using Assay.Storage;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A stored article without its text, as lists show it.</summary>
public sealed record ArticleSummary(
    long Id,
    string? Title,
    string? Outlet,
    string? Byline,
    DateOnly? Published,
    string? Url,
    string Kind,
    int WordCount,
    int ClaimCount,
    string ContentHash,
    string? Snippet)
{
    /// <summary>The summary of a stored article, with a search snippet when it was found by one.</summary>
    public static ArticleSummary From(StoredArticle a, string? snippet = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Title, a.Outlet, a.Byline, a.Published, a.Url, EnumNames.Of(a.Kind), a.WordCount, a.ClaimCount, a.ContentHash, snippet);
    }
}
