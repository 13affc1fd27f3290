using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Assay.Corpus;

/// <summary>Writes articles as JSON records in the field names of four different feed and API schemas.</summary>
internal static class JsonArticleWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>One JSON Lines record (with its newline) in the schema of feed <paramref name="feed"/>.</summary>
    public static byte[] Line(GeneratedArticle article, int feed) => Write(article, feed % 4, Compact, newline: true);

    /// <summary>A pretty-printed JSON file holding one article.</summary>
    public static byte[] File(GeneratedArticle article) => Write(article, (int)(article.Index % 4), Indented, newline: false);

    private static byte[] Write(GeneratedArticle generated, int schema, JsonWriterOptions options, bool newline)
    {
        var article = generated.Article;
        var published = article.Published!.Value;
        var iso = DatePhrase.Iso(published) + "T" + BodyLayout.Time(generated.Index) + "Z";
        using var buffer = new MemoryStream(article.Text.Length + 1024);
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            switch (schema)
            {
                case 0:
                    json.WriteString("id", generated.Index.ToString("x", CultureInfo.InvariantCulture));
                    json.WriteString("title", article.Title);
                    json.WriteString("outlet", article.Outlet);
                    json.WriteString("byline", article.Byline);
                    json.WriteString("published", iso);
                    json.WriteString("kind", BodyLayout.KindLabel(generated));
                    json.WriteString("url", article.Url);
                    json.WriteString("language", "en");
                    json.WriteString("text", Body(generated, withBoilerplate: false));
                    break;
                case 1:
                    json.WriteString("headline", article.Title);
                    json.WriteStartObject("publisher");
                    json.WriteString("name", article.Outlet);
                    json.WriteEndObject();
                    json.WriteString("author", article.Byline);
                    json.WriteString("datePublished", iso);
                    json.WriteString("type", BodyLayout.KindLabel(generated));
                    json.WriteString("link", article.Url);
                    json.WriteString("inLanguage", "en");
                    json.WriteString("body", Body(generated, withBoilerplate: true));
                    break;
                case 2:
                    json.WriteString("title", article.Title);
                    json.WriteString("source", article.Outlet);
                    json.WriteStartArray("authors");
                    json.WriteStringValue(article.Byline);
                    json.WriteEndArray();
                    json.WriteString("pubDate", published.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture) + " " + BodyLayout.Time(generated.Index) + " GMT");
                    json.WriteString("type", BodyLayout.KindLabel(generated));
                    json.WriteString("url", article.Url);
                    json.WriteString("content", Body(generated, withBoilerplate: true));
                    break;
                default:
                    json.WriteString("title", article.Title);
                    json.WriteString("site_name", article.Outlet);
                    json.WriteString("author", article.Byline);
                    json.WriteString("published_at", DatePhrase.Iso(published) + " " + BodyLayout.Time(generated.Index));
                    json.WriteString("kind", BodyLayout.KindLabel(generated));
                    json.WriteString("canonical_url", article.Url);
                    json.WriteString("lang", "en");
                    json.WriteNumber("word_count", article.WordCount);
                    json.WriteString("text", Body(generated, withBoilerplate: false));
                    break;
            }

            json.WriteEndObject();
        }

        if (newline)
        {
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    /// <summary>The body as a feed carries it: paragraphs separated by blank lines, in some feeds with the
    /// "Read more" lines and disclaimer a scraper picked up.</summary>
    private static string Body(GeneratedArticle article, bool withBoilerplate)
    {
        if (!withBoilerplate || (article.RelatedLinks.Count == 0 && article.Disclaimer is null))
        {
            return article.Article.Text;
        }

        var text = new StringBuilder(article.Article.Text.Length + 400);
        foreach (var (_, block) in BodyLayout.Blocks(article, withCaptions: false))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(block);
        }

        return text.ToString();
    }
}
