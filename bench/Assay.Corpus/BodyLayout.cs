using System.Globalization;

namespace Assay.Corpus;

/// <summary>Orders an article's body with its boilerplate as a page would show it: a caption after the first paragraph,
/// "Read more" links part-way down, the opinion disclaimer at the end.</summary>
internal static class BodyLayout
{
    public static List<(BodyPart Part, string Text)> Blocks(GeneratedArticle article, bool withCaptions)
    {
        var paragraphs = article.Article.Paragraphs;
        var text = article.Article.Text;
        var blocks = new List<(BodyPart, string)>(paragraphs.Count + 4);
        var relatedAt = Math.Max(2, paragraphs.Count / 2);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = text.Substring(paragraphs[i].Start, paragraphs[i].Length);
            blocks.Add((IsHeading(paragraph) ? BodyPart.Heading : BodyPart.Paragraph, paragraph));
            if (i == 0 && withCaptions)
            {
                foreach (var caption in article.Article.Captions)
                {
                    blocks.Add((BodyPart.Caption, caption));
                }
            }

            if (i == relatedAt)
            {
                foreach (var link in article.RelatedLinks)
                {
                    blocks.Add((BodyPart.Related, link));
                }
            }
        }

        if (article.Disclaimer is { } disclaimer)
        {
            blocks.Add((BodyPart.Disclaimer, disclaimer));
        }

        return blocks;
    }

    /// <summary>Subheadings are the short paragraphs without closing punctuation.</summary>
    public static bool IsHeading(string paragraph) =>
        paragraph.Length < 60 && paragraph[^1] is not ('.' or '"' or ')' or '?' or '!');

    /// <summary>A publication time of day for the article, fixed by its index.</summary>
    public static string Time(long index) =>
        string.Create(CultureInfo.InvariantCulture, $"{6 + (index % 15):00}:{(index * 7) % 60:00}:00");

    /// <summary>The kind label formats write for an article ("news", "opinion", "analysis").</summary>
    public static string KindLabel(GeneratedArticle article) => article.Article.Kind switch
    {
        Core.Articles.ArticleKind.Opinion => "opinion",
        Core.Articles.ArticleKind.Analysis => "analysis",
        _ => "news",
    };
}
