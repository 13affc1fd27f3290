using Assay.Extraction.Reading;

namespace Assay.Interop.Fetching;

/// <summary>Reads the article at a URL: fetched with a <see cref="SafeFetcher"/>, then read like a file of the type the
/// server names (HTML, JSON, Markdown, text), with the URL as the article's address when the page gives none.</summary>
public static class UrlArticleReader
{
    /// <summary>The articles at <paramref name="url"/>; a failed fetch is one failed result whose message names the URL.
    /// Never throws for a bad page or server.</summary>
    public static IReadOnlyList<ReadResult> Read(SafeFetcher fetcher, Uri url, ArticleReader? reader = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(url);
        FetchResult page;
        try
        {
            page = fetcher.Fetch(url, cancellationToken: cancellationToken);
        }
        catch (FetchException ex)
        {
            return [ReadResult.Fail(url.OriginalString, ex.Message)];
        }

        var location = url.OriginalString;
        return (reader ?? ArticleReader.Default).ReadText(page.Text(), location, FormatOf(page.ContentType))
            .Select(r => r.Article is { } article ? r with { Article = article with { Url = article.Url ?? page.Url.AbsoluteUri, Location = location } } : r)
            .ToList();
    }

    /// <summary>The reader's format for a media type ("text/html" → "html"); null to recognise the content.</summary>
    internal static string? FormatOf(string? contentType) => contentType switch
    {
        null => null,
        _ when contentType.Contains("html", StringComparison.OrdinalIgnoreCase) => "html",
        _ when contentType.Contains("json", StringComparison.OrdinalIgnoreCase) => "json",
        _ when contentType.Contains("markdown", StringComparison.OrdinalIgnoreCase) => "md",
        "text/plain" => "txt",
        _ => null,
    };
}
