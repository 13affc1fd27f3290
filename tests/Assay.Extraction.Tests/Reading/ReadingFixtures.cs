using Assay.Core.Articles;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

/// <summary>Paths of the reader fixtures and shortcuts for reading one article.</summary>
internal static class ReadingFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Reading", name);

    public static Article ReadOne(string name)
    {
        var result = Assert.Single(ArticleReader.Default.ReadFile(PathOf(name)));
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    public static Article ReadOneText(string content, string format = "md")
    {
        var result = Assert.Single(ArticleReader.Default.ReadText(content, "inline." + format, format));
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    public static List<string> ParagraphTexts(Article article) => article.Paragraphs.Select(p => p.Slice(article.Text)).ToList();
}
