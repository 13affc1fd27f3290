using System.Xml;
using Assay.Core.Articles;
using Assay.Extraction.Reading;

namespace Assay.Interop.Feeds;

/// <summary>Reads a saved RSS or Atom file (an export, an archive, a feed fetched by another tool) as one article per
/// item, from the text the feed itself carries; nothing is fetched.</summary>
/// <remarks>Items are located as <c>PATH:item N</c> (counting from 1), so that a skipped item is named the way a bad
/// line of a JSON Lines file is. An item that only links to its page, with no text of its own, is skipped with a
/// message that says so: <c>assay watch URL</c> fetches the pages of a live feed.</remarks>
public static class FeedFile
{
    /// <summary>Extensions a saved feed is looked for in: other files are never sniffed.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom" };

    /// <summary>True when <paramref name="path"/> has a feed extension and its document element is an RSS
    /// (<c>rss</c>, <c>rdf:RDF</c>) or Atom (<c>feed</c>) root; only the file's start is read.</summary>
    public static bool IsFeed(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Extensions.Contains(Path.GetExtension(path)) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
            using var reader = XmlReader.Create(path, settings);
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName is "rss" or "feed" or "RDF";
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The articles of the feed at <paramref name="path"/>, one result per item; one failure naming the file
    /// when it cannot be read as a feed.</summary>
    public static IEnumerable<ReadResult> Read(string path, ArticleReader reader)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(reader);
        ParsedFeed feed;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > reader.MaxBytes)
            {
                return [ReadResult.Fail(path, $"{path}: the file is {size:N0} bytes, over the limit of {reader.MaxBytes:N0} bytes; it was not read")];
            }

            using var stream = File.OpenRead(path);
            feed = FeedParser.Parse(stream, path);
        }
        catch (FeedException ex)
        {
            return [ReadResult.Fail(path, ex.Message)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"{path}: cannot be read ({ex.Message})")];
        }

        if (feed.Items.Count == 0)
        {
            return [ReadResult.Fail(path, $"{path}: the feed holds no items")];
        }

        return feed.Items.Select((item, i) => ReadItem(reader, feed, item, $"{path}:item {i + 1}"));
    }

    /// <summary>The article an item carries in its own content (or, failing that, its summary), completed from the
    /// item and the feed: link, title, date and, as the outlet, the feed's title.</summary>
    public static ReadResult ReadItem(ArticleReader reader, ParsedFeed feed, FeedItem item, string location)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        var body = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Summary;
        if (string.IsNullOrWhiteSpace(body))
        {
            return ReadResult.Fail(location, $"{location}: the item has no text of its own, only a link to its page, which is not fetched from a saved feed ('assay watch URL' fetches a live feed's pages)");
        }

        var read = reader.ReadText(AsPage(body), location, "html").FirstOrDefault();
        if (read?.Article is not { } article)
        {
            return ReadResult.Fail(location, read?.Error ?? $"{location}: no article text found");
        }

        return ReadResult.Ok(location, Complete(article, item) with { Outlet = article.Outlet ?? NonEmpty(feed.Title) });
    }

    /// <summary>The article completed from its feed item: the page's own metadata wins, the item fills what it leaves
    /// out.</summary>
    public static Article Complete(Article article, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(item);
        return article with
        {
            Url = article.Url ?? item.Link?.AbsoluteUri,
            Title = article.Title ?? NonEmpty(item.Title),
            Published = article.Published ?? (item.Published is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null),
        };
    }

    /// <summary>An item's content as a page to read: the feed hands over the body of an article, a fragment of HTML or
    /// plain text with no page around it, so it becomes the article element of one, and a short item is not refused as
    /// too little to be worth reading.</summary>
    internal static string AsPage(string body) => $"<html><body><article>{body}</article></body></html>";

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
