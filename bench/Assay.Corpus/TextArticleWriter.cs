using System.Text;

namespace Assay.Corpus;

/// <summary>Writes an article as plain text or Markdown: a head of title, byline, date and publisher lines in one of
/// several house layouts, then the body with captions, "Read more" lines, disclaimer and original URL.</summary>
internal static class TextArticleWriter
{
    public static string Text(GeneratedArticle generated) => Write(generated, markdown: false);

    public static string Markdown(GeneratedArticle generated) => Write(generated, markdown: true);

    private static string Write(GeneratedArticle generated, bool markdown)
    {
        var article = generated.Article;
        var date = article.Published!.Value;
        var kind = BodyLayout.KindLabel(generated);
        var text = new StringBuilder(article.Text.Length + 1024);
        text.Append(markdown ? "# " : string.Empty).Append(article.Title).Append('\n');
        if (markdown)
        {
            text.Append('\n');
        }

        switch (generated.Index % 3)
        {
            case 0:
                text.Append("By ").Append(article.Byline).Append('\n');
                text.Append(DatePhrase.Long(date)).Append('\n');
                text.Append("Publisher: ").Append(article.Outlet).Append('\n');
                if (kind != "news")
                {
                    text.Append("Section: ").Append(kind == "opinion" ? "Opinion" : "Analysis").Append('\n');
                }

                break;
            case 1:
                text.Append("By ").Append(article.Byline).Append(" | ").Append(DatePhrase.DayMonthYear(date)).Append('\n');
                text.Append("Source: ").Append(article.Outlet).Append('\n');
                if (kind != "news")
                {
                    text.Append("Type: ").Append(kind).Append('\n');
                }

                break;
            default:
                text.Append("Outlet: ").Append(article.Outlet).Append('\n');
                text.Append("Author: ").Append(article.Byline).Append('\n');
                text.Append("Published: ").Append(DatePhrase.Iso(date)).Append(' ').Append(BodyLayout.Time(generated.Index)[..5]).Append('\n');
                text.Append("Kind: ").Append(kind).Append('\n');
                break;
        }

        foreach (var (part, block) in BodyLayout.Blocks(generated, withCaptions: true))
        {
            text.Append('\n');
            switch (part)
            {
                case BodyPart.Heading when markdown:
                    text.Append("## ").Append(block);
                    break;
                case BodyPart.Caption or BodyPart.Disclaimer when markdown:
                    text.Append('*').Append(block).Append('*');
                    break;
                default:
                    text.Append(block);
                    break;
            }

            text.Append('\n');
        }

        if (generated.Index % 2 == 0)
        {
            text.Append("\nOriginal URL: ").Append(article.Url).Append('\n');
        }

        return text.ToString();
    }
}
