using Assay.Core.Articles;
using Assay.Extraction.Reading;
using Assay.Testing;

namespace Assay.Extraction.Tests.Reading;

public sealed class SeedArticleReadingTests
{
    private static Article ReadSeed()
    {
        var results = ArticleReader.Default.ReadFile(SharedData.SeedArticle).ToList();
        var result = Assert.Single(results);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [SharedDataFact]
    public void ReadFile_Seed_ReadsHeadMetadata()
    {
        // Given the seed article on disk
        // When it is read
        var article = ReadSeed();

        // Then the head and footer fill the metadata
        Assert.Equal("North Koreans Fighting for Russia Put Warm Words into Practice", article.Title);
        Assert.Equal("Anthony V. Rinna", article.Byline);
        Assert.Equal(new DateOnly(2024, 10, 21), article.Published);
        Assert.Equal(ArticleKind.Opinion, article.Kind);
        Assert.Equal("The Moscow Times", article.Outlet);
        Assert.StartsWith("https://www.themoscowtimes.com/2024/10/21/", article.Url, StringComparison.Ordinal);
        Assert.EndsWith("-a86762", article.Url, StringComparison.Ordinal);
        Assert.Equal(SharedData.SeedArticle, article.Location);
    }

    [SharedDataFact]
    public void ReadFile_Seed_KeepsBoilerplateOutOfBody()
    {
        // Given the seed article
        // When it is read
        var article = ReadSeed();

        // Then related links, the caption, the disclaimer, markup and the URL footer are not body text
        Assert.DoesNotContain("Related article", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("KCNA VIA KNS", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("views expressed", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<u>", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Original url", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Anthony V. Rinna", article.Text, StringComparison.Ordinal);
        var caption = Assert.Single(article.Captions);
        Assert.EndsWith("KCNA VIA KNS / AFP", caption, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void ReadFile_Seed_JoinsParagraphsBrokenMidSentence()
    {
        // Given the seed, whose paragraphs are broken by blank lines mid-sentence in three places
        // When it is read
        var article = ReadSeed();
        var paragraphs = article.Paragraphs.Select(p => p.Slice(article.Text)).ToList();

        // Then each broken paragraph is one paragraph again, joined with a single space
        Assert.Contains(paragraphs, p => p.Contains("has been put at anywhere between 1,500 to 12,000", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("for North Korea and Russia to show", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("does not take the idea that", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("anywhere", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void ReadFile_Seed_ParagraphSpansSliceToTrimmedText()
    {
        // Given the seed
        // When it is read
        var article = ReadSeed();

        // Then every paragraph span covers non-empty text with no surrounding whitespace, in order
        Assert.True(article.Paragraphs.Count >= 20, $"only {article.Paragraphs.Count} paragraphs");
        var previousEnd = 0;
        foreach (var span in article.Paragraphs)
        {
            var text = span.Slice(article.Text);
            Assert.NotEmpty(text);
            Assert.Equal(text.Trim(), text);
            Assert.True(span.Start >= previousEnd);
            previousEnd = span.End;
        }

        Assert.StartsWith("Years of speculation", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("but unites them.", article.Text, StringComparison.Ordinal);
    }
}
