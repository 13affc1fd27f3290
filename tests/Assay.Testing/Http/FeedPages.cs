using System.Globalization;
using System.Text;

namespace Assay.Testing.Http;

/// <summary>Feeds and article pages written for these tests, served by <see cref="TestServer"/>.</summary>
public static class FeedPages
{
    /// <summary>An article page whose body says <paramref name="number"/> drones were downed over a made-up port town.</summary>
    public static string Article(int number, string title) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>{title}</title><meta property="og:site_name" content="Harbour Ledger"></head>
        <body><article>
        <h1>{title}</h1>
        <p>The regional governor said {number.ToString(CultureInfo.InvariantCulture)} drones were shot down over Port Eskel overnight, and that debris damaged two warehouses.</p>
        <p>A spokesman for the navy told reporters that no ships were hit, a claim that could not be verified independently.</p>
        <p>Residents of the harbour district described hearing explosions for about two hours, beginning shortly after midnight, while air defence units fired from positions on the hills east of the town.</p>
        <p>The city council said emergency crews had put out a fire at one of the warehouses by morning and that power had been restored to most homes, although three streets near the docks remained closed.</p>
        <p>Military analysts quoted by local media said attacks of this size had become more frequent over the past month, though they cautioned that official tallies of intercepted drones are rarely confirmed.</p>
        </article></body></html>
        """;

    /// <summary>An RSS 2.0 feed with one item per (guid, path, title).</summary>
    public static string Rss(IEnumerable<(string Guid, string Link, string Title)> items, string? contentEncoded = null)
    {
        var xml = new StringBuilder();
        xml.Append("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Ledger</title><link>http://example.org/</link><description>News</description>""");
        foreach (var (guid, link, title) in items)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">{guid}</guid><link>{link}</link><title>{title}</title><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate><description>Short summary.</description>");
            if (contentEncoded is not null)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<content:encoded><![CDATA[{contentEncoded}]]></content:encoded>");
            }

            xml.Append("</item>");
        }

        xml.Append("</channel></rss>");
        return xml.ToString();
    }

    /// <summary>An Atom 1.0 feed with one entry per (id, link, title), each carrying <paramref name="content"/> when given.</summary>
    public static string Atom(IEnumerable<(string Id, string Link, string Title)> entries, string? content = null)
    {
        var xml = new StringBuilder();
        xml.Append("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Ledger</title><id>urn:test:feed</id><updated>2025-03-03T08:00:00Z</updated>""");
        foreach (var (id, link, title) in entries)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<entry><id>{id}</id><title>{title}</title><link rel=\"alternate\" href=\"{link}\"/><updated>2025-03-04T09:30:00Z</updated><summary>Short summary.</summary>");
            if (content is not null)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<content type=\"html\"><![CDATA[{content}]]></content>");
            }

            xml.Append("</entry>");
        }

        xml.Append("</feed>");
        return xml.ToString();
    }
}
