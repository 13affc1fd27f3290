using AngleSharp.Html.Parser;

namespace Assay.Extraction.Reading;

/// <summary>Reads an HTML page: metadata through AngleSharp, the article body through SmartReader (readability).</summary>
internal static class HtmlReader
{
    /// <summary>Nesting deeper than this is hostile input; real pages stay far below it.</summary>
    internal const int MaxNesting = 1000;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

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
        try
        {
            var reader = new SmartReader.Reader(draft.Url ?? "https://localhost/", document) { Debug = false };
            extracted = reader.GetArticle();
        }
        catch (InvalidOperationException ex)
        {
            return ReadResult.Fail(location, $"{location}: no article text found ({ex.Message})");
        }

        if (!extracted.IsReadable || string.IsNullOrWhiteSpace(extracted.Content))
        {
            return ReadResult.Fail(location, $"{location}: no article text found");
        }

        using var content = parser.ParseDocument(extracted.Content);
        HtmlBlocks.Collect(content.Body ?? (AngleSharp.Dom.INode)content, draft);
        draft.Title ??= string.IsNullOrWhiteSpace(extracted.Title) ? null : extracted.Title.Trim();
        draft.Byline ??= string.IsNullOrWhiteSpace(extracted.Byline) ? null : extracted.Byline.Trim();
        draft.Outlet ??= string.IsNullOrWhiteSpace(extracted.SiteName) ? null : extracted.SiteName.Trim();
        return draft.Finish(location);
    }
}
