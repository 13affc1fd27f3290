using Assay.Core.Articles;
using Assay.Core.Text;

namespace Assay.Core.Tests;

public sealed class ArticleTests
{
    [Fact]
    public void FromText_BlankLines_SplitParagraphs()
    {
        // Given two paragraphs separated by a blank line with trailing spaces
        var article = Article.FromText("First line.\nstill first.\n  \nSecond.");

        // Then there are two paragraphs, trimmed, pointing into the text
        Assert.Equal([new TextSpan(0, 24), new TextSpan(28, 35)], article.Paragraphs);
        Assert.Equal("Second.", article.Paragraphs[1].Slice(article.Text));
    }

    [Fact]
    public void ContentHash_SameTitleAndText_IsEqual_OtherMetadataIgnored()
    {
        var a = Article.FromText("Body.") with { Title = "T", Outlet = "One" };
        var b = Article.FromText("Body.") with { Title = "T", Outlet = "Two", Url = "https://example.org/x" };
        var c = Article.FromText("Body!") with { Title = "T" };

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
        Assert.Equal(64, a.ContentHash.Length);
    }

    [Fact]
    public void Ctor_ParagraphOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Article("short", [new TextSpan(0, 10)]));
    }

    [Fact]
    public void WordCount_CountsWhitespaceSeparatedWords()
    {
        Assert.Equal(4, Article.FromText("  North Korean troops\n\narrived. ").WordCount);
    }
}
