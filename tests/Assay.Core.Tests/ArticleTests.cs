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

    [Theory]
    [InlineData("Harbour Daily", "Ines Varga", "Harbour Daily")]
    [InlineData(null, "Ines Varga", "Ines Varga")]
    [InlineData("Harbour Policy Institute", "Ines Varga, Harbour Policy Institute", "Ines Varga, Harbour Policy Institute")]
    [InlineData("Harbour Daily", null, "Harbour Daily")]
    [InlineData(null, null, null)]
    public void Voice_IsTheOutletUnlessTheBylineNamesTheAuthorThere(string? outlet, string? byline, string? voice)
    {
        // Given an article's outlet and byline; when its own voice is asked for; then the outlet speaks for a news
        // report, and the author for a paper whose byline places the author at the outlet
        Assert.Equal(voice, (Article.FromText("Body.") with { Outlet = outlet, Byline = byline }).Voice);
    }
}
