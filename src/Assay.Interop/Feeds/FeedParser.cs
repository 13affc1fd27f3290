using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Assay.Interop.Feeds;

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds with System.ServiceModel.Syndication, safely: no DTDs, no external
/// entities or resolver, and a cap on the document's size.</summary>
public static class FeedParser
{
    /// <summary>The most characters a feed document may hold.</summary>
    public const long MaxCharacters = 20L * 1024 * 1024;

    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Parses a feed's bytes (the XML declaration or a byte-order mark gives the encoding).</summary>
    /// <exception cref="FeedException">The bytes are not well-formed XML, or not an RSS or Atom feed; the message names
    /// <paramref name="feedUrl"/> and, for XML errors, the line and position.</exception>
    public static ParsedFeed Parse(ReadOnlyMemory<byte> xml, string feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        using var stream = new MemoryStream(xml.ToArray(), writable: false);
        return Parse(stream, feedUrl);
    }

    /// <summary>Parses a feed from a stream; see <see cref="Parse(ReadOnlyMemory{byte}, string)"/>.</summary>
    public static ParsedFeed Parse(Stream xml, string feedUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (XmlException ex)
        {
            var where = ex.LineNumber > 0 ? $" at line {ex.LineNumber}, position {ex.LinePosition}" : string.Empty;
            throw new FeedException(feedUrl, $"not a readable feed{where}: {FirstSentence(ex.Message)}", ex.LineNumber > 0 ? ex.LineNumber : null, ex.LineNumber > 0 ? ex.LinePosition : null, ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new FeedException(feedUrl, $"not a readable feed: {FirstSentence(ex.Message)}", inner: ex);
        }

        Uri.TryCreate(feedUrl, UriKind.Absolute, out var baseUri);
        var items = feed.Items.Select(item => ToItem(item, baseUri)).ToList();
        return new ParsedFeed(feed.Title?.Text, items);
    }

    private static FeedItem ToItem(SyndicationItem item, Uri? baseUri)
    {
        var link = LinkOf(item, baseUri);
        var title = item.Title?.Text;
        var summary = item.Summary?.Text;
        var content = ContentOf(item);
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        var key = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim()
            : link is not null ? link.AbsoluteUri
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\n{summary}\n{content}")));
        return new FeedItem(key, link, title, published, summary, content);
    }

    private static Uri? LinkOf(SyndicationItem item, Uri? baseUri)
    {
        var chosen = item.Links.FirstOrDefault(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate")
            ?? item.Links.FirstOrDefault();
        if (chosen?.Uri is not { } uri)
        {
            // An RSS guid marked as a permalink is the item's address when there is no link.
            return Uri.TryCreate(item.Id, UriKind.Absolute, out var fromId) && (fromId.Scheme == Uri.UriSchemeHttp || fromId.Scheme == Uri.UriSchemeHttps) ? fromId : null;
        }

        if (uri.IsAbsoluteUri)
        {
            return uri;
        }

        var root = chosen.BaseUri ?? item.BaseUri ?? baseUri;
        return root is not null && Uri.TryCreate(root, uri, out var absolute) ? absolute : null;
    }

    private static string? ContentOf(SyndicationItem item)
    {
        if (item.Content is TextSyndicationContent text && !string.IsNullOrWhiteSpace(text.Text))
        {
            return text.Text;
        }

        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentModule)
            {
                return extension.GetObject<string>();
            }
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
