using Assay.Extraction.Reading;
using Assay.Interop.Feeds;
using Assay.Testing.Http;

namespace Assay.Interop.Tests.Feeds;

public sealed class FeedFileTests : IDisposable
{
    private const string Body = "<p>A fuel depot near the border burned through the night, the regional governor said on Sunday.</p>";

    private readonly string _folder = Directory.CreateTempSubdirectory("assay-feedfile-").FullName;

    [Theory]
    [InlineData("world.xml", true)]
    [InlineData("world.rss", true)]
    [InlineData("world.atom", true)]
    [InlineData("world.txt", false)]
    [InlineData("world.html", false)]
    public void IsFeed_RssByExtension_OnlyFeedExtensionsAreSniffed(string name, bool expected)
    {
        // Given an RSS document saved under the name
        var path = Write(name, FeedPages.Rss([("g-1", "http://example.org/a", "First")], Body));

        // When it is asked whether the file is a feed
        // Then only the feed extensions answer yes
        Assert.Equal(expected, FeedFile.IsFeed(path));
    }

    [Fact]
    public void IsFeed_AtomOrOtherXml_JudgedByTheRootElement()
    {
        // Given an Atom feed, an XHTML page and a sitemap, each saved as .xml, and a file that is not XML at all
        var atom = Write("a.xml", FeedPages.Atom([("urn:1", "http://example.org/one", "One")], Body));
        var page = Write("b.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hi</p></body></html>");
        var sitemap = Write("c.xml", "<?xml version=\"1.0\"?><urlset><url><loc>http://example.org/</loc></url></urlset>");
        var garbage = Write("d.xml", "not xml at all");

        // Then only the feed is one
        Assert.True(FeedFile.IsFeed(atom));
        Assert.False(FeedFile.IsFeed(page));
        Assert.False(FeedFile.IsFeed(sitemap));
        Assert.False(FeedFile.IsFeed(garbage));
    }

    [Fact]
    public void Read_RssWithContent_OneArticlePerItemCompletedFromTheFeed()
    {
        // Given a saved RSS feed of two items carrying their text in content:encoded
        var path = Write("world.xml", FeedPages.Rss([("g-1", "http://example.org/a", "First"), ("g-2", "http://example.org/b", "Second")], Body));

        // When it is read
        var results = FeedFile.Read(path, ArticleReader.Default).ToList();

        // Then each item is an article located by its number, with the item's title, link and date and the feed's
        // title as the outlet
        Assert.Equal([$"{path}:item 1", $"{path}:item 2"], results.Select(r => r.Location));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var first = results[0].Article!;
        Assert.Equal(("First", "http://example.org/a", "Harbour Ledger"), (first.Title, first.Url, first.Outlet));
        Assert.Equal(new DateOnly(2025, 3, 3), first.Published);
        Assert.Equal("A fuel depot near the border burned through the night, the regional governor said on Sunday.", first.Text);
    }

    [Fact]
    public void Read_ItemWithOnlyALink_SkippedWithTheReason()
    {
        // Given a saved Atom feed whose one entry carries a summary of its own and no content, and an entry with nothing
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:f</id><updated>2025-03-02T10:00:00Z</updated>
            <entry><id>urn:1</id><title>One</title><link href="http://example.org/one"/><updated>2025-03-02T10:00:00Z</updated><summary>The regional governor said two workers were hurt.</summary></entry>
            <entry><id>urn:2</id><title>Two</title><link href="http://example.org/two"/><updated>2025-03-02T11:00:00Z</updated></entry>
            </feed>
            """;
        var path = Write("wire.atom", xml);

        // When it is read
        var results = FeedFile.Read(path, ArticleReader.Default).ToList();

        // Then the summary is read as the first item's text, and the second is skipped, named, with why
        Assert.True(results[0].Succeeded, results[0].Error);
        Assert.Equal("The regional governor said two workers were hurt.", results[0].Article!.Text);
        Assert.False(results[1].Succeeded);
        Assert.StartsWith($"{path}:item 2: the item has no text of its own", results[1].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>cut off")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&e;</title></channel></rss>")]
    public void Read_MalformedOrWithADtd_OneFailureNamingTheFile(string xml)
    {
        // Given a feed cut off mid-item, or one declaring an external entity
        var path = Write("bad.rss", xml);

        // When it is read
        var result = Assert.Single(FeedFile.Read(path, ArticleReader.Default));

        // Then it fails once, naming the file, and reads nothing outside it
        Assert.False(result.Succeeded);
        Assert.StartsWith($"{path}: not a readable feed", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
