using System.Text;
using Assay.Interop.Feeds;
using Assay.Testing.Http;

namespace Assay.Interop.Tests.Feeds;

public sealed class FeedParserTests
{
    private const string FeedUrl = "http://feeds.example.org/world.xml";

    [Fact]
    public void Parse_Rss_ReadsItemsWithKeysLinksDatesAndContent()
    {
        // Given an RSS feed of two items carrying full content, one with a relative link
        var xml = FeedPages.Rss([("g-1", "http://example.org/a", "First"), ("g-2", "/b", "Second")], "<p>Full text.</p>");

        // When it is parsed
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

        // Then both items come back in order, keyed by guid, with absolute links, dates, summaries and content
        Assert.Equal("Harbour Ledger", feed.Title);
        Assert.Equal(["g-1", "g-2"], feed.Items.Select(i => i.Key));
        Assert.Equal(["http://example.org/a", "http://feeds.example.org/b"], feed.Items.Select(i => i.Link!.AbsoluteUri));
        var first = feed.Items[0];
        Assert.Equal(("First", "Short summary.", "<p>Full text.</p>"), (first.Title, first.Summary, first.Content));
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero), first.Published);
    }

    [Fact]
    public void Parse_Atom_ReadsEntriesWithContent()
    {
        // Given an Atom feed of one entry with HTML content
        var xml = FeedPages.Atom([("urn:entry:1", "http://example.org/one", "One")], "<p>Body.</p>");

        // When it is parsed
        var item = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl).Items);

        // Then the entry's id, link, date and content are read
        Assert.Equal(("urn:entry:1", "http://example.org/one", "<p>Body.</p>"), (item.Key, item.Link!.AbsoluteUri, item.Content));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_ItemWithoutGuid_IsKeyedByItsLink()
    {
        // Given an RSS item with a link and no guid
        const string Xml = """<rss version="2.0"><channel><title>t</title><link>http://example.org/</link><description>d</description><item><title>x</title><link>http://example.org/x</link></item></channel></rss>""";

        // When it is parsed
        var item = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(Xml), FeedUrl).Items);

        // Then its link is its key
        Assert.Equal("http://example.org/x", item.Key);
    }

    [Fact]
    public void Parse_MalformedXml_NamesTheFeedLineAndPosition()
    {
        // Given a feed whose third line closes the wrong element
        const string Xml = "<rss version=\"2.0\">\n<channel><title>t</title>\n<item><title>x</titel></item>\n</channel></rss>";

        // When it is parsed
        var ex = Assert.Throws<FeedException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(Xml), FeedUrl));

        // Then the message names the feed and where the XML broke
        Assert.StartsWith($"{FeedUrl}: not a readable feed at line 3, position ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Line);
        Assert.NotNull(ex.Position);
    }

    [Fact]
    public void Parse_DocumentTypeDeclaration_IsRefused()
    {
        // Given a feed declaring an entity that expands a billion times
        const string Xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><title>&lol2;</title></channel></rss>
            """;

        // When it is parsed
        var ex = Assert.Throws<FeedException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(Xml), FeedUrl));

        // Then the DTD is refused, not expanded
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_XmlThatIsNoFeed_SaysSo()
    {
        // Given well-formed XML of another kind
        // When it is parsed
        var ex = Assert.Throws<FeedException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes("<html><body/></html>"), FeedUrl));

        // Then it is refused, naming the feed
        Assert.StartsWith($"{FeedUrl}: not a readable feed", ex.Message, StringComparison.Ordinal);
    }
}
