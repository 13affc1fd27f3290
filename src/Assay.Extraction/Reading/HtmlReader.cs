using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Assay.Extraction.Reading;

/// <summary>Reads an HTML page: metadata through AngleSharp, the article body through SmartReader (readability).</summary>
internal static class HtmlReader
{
    /// <summary>Nesting deeper than this is hostile input; real pages stay far below it.</summary>
    internal const int MaxNesting = 1000;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    // The element SmartReader chose as the article, on the thread that asked for it (see the static constructor).
    [ThreadStatic]
    private static IElement? t_chosen;

    /// <summary>SmartReader hands the element it chose to two process-wide hooks: one serialises it into
    /// <c>Article.Content</c>, one renders it as plain text for <c>Article.TextContent</c>. This reader walks the
    /// element itself, so the first keeps it (on the calling thread: <c>GetArticle</c> runs synchronously) and the second
    /// renders nothing. Serialising the element to HTML and parsing that again, and rendering text no one read, were
    /// nearly a quarter of the time an HTML page took to read. No other code in the process uses SmartReader.</summary>
    static HtmlReader()
    {
        SmartReader.Article.Serializer = element =>
        {
            t_chosen = element;
            return string.Empty;
        };
        SmartReader.Article.Converter = _ => string.Empty;
    }

    /// <summary>Reads one article from <paramref name="html"/>.</summary>
    public static ReadResult Read(string html, string location)
    {
        if (HtmlNesting.Exceeds(html, MaxNesting))
        {
            return ReadResult.Fail(location, $"{location}: HTML elements are nested more than {MaxNesting} deep; refusing to parse it");
        }

        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var draft = new ArticleDraft();
        HtmlMetadata.Fill(document, draft);

        // SmartReader rewrites the DOM it is given, so metadata, and whether the page says it is an article, are read
        // first.
        var marked = draft.Published is not null || document.QuerySelector("article") is not null;
        var (extracted, chosen, error) = Choose(document, draft.Url, relaxed: false);
        if ((extracted?.IsReadable != true || chosen is null) && marked)
        {
            // SmartReader first asks whether the page is worth reading at all: whether its paragraphs of more than 140
            // characters add up to enough text. A news brief of two or three short paragraphs fails that test, though
            // it is an article by its own markup (an <article> element, a publication date). Such a page is read
            // again, on a fresh parse, without the test; a page with neither mark (a front page, a form) still fails.
            using var again = parser.ParseDocument(html);
            (extracted, chosen, error) = Choose(again, draft.Url, relaxed: true);
        }

        if (error is not null)
        {
            return ReadResult.Fail(location, $"{location}: no article text found ({error})");
        }

        if (extracted?.IsReadable != true || chosen is null)
        {
            return ReadResult.Fail(location, $"{location}: no article text found");
        }

        // An empty element gives no blocks, and Finish then says that no article text was found.
        HtmlBlocks.Collect(chosen, draft);
        draft.Title ??= string.IsNullOrWhiteSpace(extracted.Title) ? null : extracted.Title.Trim();
        draft.Byline ??= string.IsNullOrWhiteSpace(extracted.Byline) ? null : extracted.Byline.Trim();
        draft.Outlet ??= string.IsNullOrWhiteSpace(extracted.SiteName) ? null : extracted.SiteName.Trim();
        return draft.Finish(location);
    }

    // The article SmartReader finds in the document and the element it chose, or the reason it failed. Relaxed, it
    // skips its test of whether the page is worth reading (no paragraph length or score is asked for).
    private static (SmartReader.Article? Article, IElement? Chosen, string? Error) Choose(AngleSharp.Html.Dom.IHtmlDocument document, string? url, bool relaxed)
    {
        t_chosen = null;
        try
        {
            // HtmlMetadata has read the page's JSON-LD already (headline, author, publisher, dates); SmartReader's own
            // reading of it, about 7% of its time, could only fill in what that left empty.
            var reader = new SmartReader.Reader(url ?? "https://localhost/", document) { Debug = false, DisableJSONLD = true };
            if (relaxed)
            {
                reader.MinScoreReaderable = 0;
                foreach (var language in reader.MinContentLengthReadearable.Keys.ToList())
                {
                    reader.MinContentLengthReadearable[language] = 0;
                }
            }

            return (reader.GetArticle(), t_chosen, null);
        }
        catch (InvalidOperationException ex)
        {
            return (null, null, ex.Message);
        }
        finally
        {
            t_chosen = null;
        }
    }
}
