using System.Net;
using System.Text;

namespace Assay.Corpus;

/// <summary>Writes an article as a full web page: head metadata (Open Graph, article tags, JSON-LD), a site header
/// and navigation, the article with its figure and body, a sidebar of links, a footer and scripts.</summary>
internal static class HtmlArticleWriter
{
    private static readonly string[] Sections = ["World", "Politics", "Business", "Security", "Climate", "Opinion", "Video"];

    public static string Page(GeneratedArticle generated)
    {
        var article = generated.Article;
        var outlet = article.Outlet!;
        var published = DatePhrase.Iso(article.Published!.Value) + "T" + BodyLayout.Time(generated.Index) + "Z";
        var type = article.Kind switch
        {
            Core.Articles.ArticleKind.Opinion => "OpinionNewsArticle",
            Core.Articles.ArticleKind.Analysis => "AnalysisNewsArticle",
            _ => "NewsArticle",
        };
        var section = article.Kind switch
        {
            Core.Articles.ArticleKind.Opinion => "Opinion",
            Core.Articles.ArticleKind.Analysis => "Analysis",
            _ => "World",
        };
        var html = new StringBuilder(article.Text.Length * 2 + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(E(article.Title!)).Append(" | ").Append(E(outlet)).Append("</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta property=\"og:type\" content=\"article\">\n");
        Meta(html, "og:title", article.Title!);
        Meta(html, "og:site_name", outlet);
        Meta(html, "og:url", article.Url!);
        Meta(html, "article:published_time", published);
        Meta(html, "article:section", section);
        html.Append("<link rel=\"canonical\" href=\"").Append(E(article.Url!)).Append("\">\n");
        html.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"").Append(type)
            .Append("\",\"headline\":\"").Append(J(article.Title!)).Append("\",\"datePublished\":\"").Append(published)
            .Append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"").Append(J(article.Byline!))
            .Append("\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"").Append(J(outlet)).Append("\"}}</script>\n");
        html.Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n");
        html.Append("<div class=\"ad ad-leaderboard\"></div>\n<header class=\"site-header\">\n  <a class=\"logo\" href=\"/\">").Append(E(outlet)).Append("</a>\n  <nav><ul>");
        foreach (var name in Sections)
        {
            html.Append("<li><a href=\"/").Append(name.ToLowerInvariant()).Append("\">").Append(name).Append("</a></li>");
        }

        html.Append("</ul></nav>\n  <a class=\"subscribe\" href=\"/subscribe\">Subscribe</a>\n</header>\n<main>\n<article class=\"story\">\n");
        html.Append("<header class=\"story-header\">\n  <h1>").Append(E(article.Title!)).Append("</h1>\n");
        html.Append("  <p class=\"byline\">By <a href=\"/authors/").Append(generated.Index % 97).Append("\">").Append(E(article.Byline!)).Append("</a></p>\n");
        html.Append("  <time datetime=\"").Append(published).Append("\">").Append(DatePhrase.Long(article.Published!.Value)).Append("</time>\n</header>\n");
        html.Append("<div class=\"story-body\">\n");
        foreach (var (part, text) in BodyLayout.Blocks(generated, withCaptions: true))
        {
            switch (part)
            {
                case BodyPart.Heading:
                    // h3, not h2: readability drops an h1/h2 whose words all occur in the headline.
                    html.Append("<h3>").Append(E(text)).Append("</h3>\n");
                    break;
                case BodyPart.Caption:
                    html.Append("<figure><img src=\"/images/").Append(generated.Index).Append(".jpg\" alt=\"\"><figcaption>").Append(E(text)).Append("</figcaption></figure>\n");
                    break;
                case BodyPart.Related:
                    var colon = text.IndexOf(':', StringComparison.Ordinal);
                    html.Append("<p class=\"related\">").Append(E(text[..(colon + 1)])).Append(" <a href=\"/related/").Append(generated.Index % 1009).Append("\">")
                        .Append(E(text[(colon + 1)..].Trim())).Append("</a></p>\n");
                    break;
                case BodyPart.Disclaimer:
                    html.Append("<p class=\"disclaimer\"><em>").Append(E(text)).Append("</em></p>\n");
                    break;
                default:
                    html.Append("<p>").Append(E(text)).Append("</p>\n");
                    break;
            }
        }

        html.Append("</div>\n</article>\n<aside class=\"most-read\">\n  <h3>Most read</h3>\n  <ul>");
        for (var i = 0; i < 4; i++)
        {
            html.Append("<li><a href=\"/story/").Append((generated.Index * 31) + i).Append("\">").Append(Sections[(generated.Index + i) % Sections.Length]).Append(" briefing</a></li>");
        }

        html.Append("</ul>\n</aside>\n</main>\n<footer class=\"site-footer\">\n  <p>Copyright ").Append(article.Published!.Value.Year).Append(' ').Append(E(outlet))
            .Append(". All rights reserved.</p>\n  <a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a>\n</footer>\n");
        html.Append("<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({page: 'article'});</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Meta(StringBuilder html, string property, string content) =>
        html.Append("<meta property=\"").Append(property).Append("\" content=\"").Append(E(content)).Append("\">\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string J(string text) => System.Text.Json.JsonEncodedText.Encode(text).ToString();
}
