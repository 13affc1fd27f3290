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

        // SmartReader rewrites the DOM it is given, so metadata is read first.
        SmartReader.Article extracted;
        IElement? chosen;
        t_chosen = null;
        try
        {
            // HtmlMetadata has read the page's JSON-LD already (headline, author, publisher, dates); SmartReader's own
            // reading of it, about 7% of its time, could only fill in what that left empty.
            var reader = new SmartReader.Reader(draft.Url ?? "https://localhost/", document) { Debug = false, DisableJSONLD = true };
            extracted = reader.GetArticle();
        }
        catch (InvalidOperationException ex)
        {
            return ReadResult.Fail(location, $"{location}: no article text found ({ex.Message})");
        }
        finally
        {
            chosen = t_chosen;
            t_chosen = null;
        }

        if (!extracted.IsReadable || chosen is null)
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
}
