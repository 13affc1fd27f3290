using Assay.Core.Articles;
using Assay.Extraction.Reading;
using static Assay.Extraction.Tests.Reading.ReadingFixtures;

namespace Assay.Extraction.Tests.Reading;

public sealed class HtmlReaderTests
{
    private const string Body =
        "<p>The coast guard said on Friday that it had tracked an unflagged tanker for most of the night as it drifted toward the shipping lane near the port.</p>"
        + "<p>Officials added that the crew did not answer radio calls and that a boarding team was kept on standby until the vessel turned back to open water.</p>"
        + "<p>Local fishermen told reporters they had seen the same ship twice earlier in the month, each time without lights and moving slowly along the coast.</p>";

    [Fact]
    public void ReadFile_ArticleWithMetadata_ReadsOpenGraphAndJsonLd()
    {
        // Given a page with Open Graph, article meta, a canonical link and JSON-LD of type AnalysisNewsArticle
        // When it is read
        var article = ReadOne("article.html");

        // Then the metadata comes from those tags
        Assert.Equal("Navy Confirms Patrol Boat Sighting", article.Title);
        Assert.Equal("Harbour Gazette", article.Outlet);
        Assert.Equal("Ilse Marchetti", article.Byline);
        Assert.Equal(new DateOnly(2025, 1, 9), article.Published);
        Assert.Equal("https://www.harbourgazette.example/2025/01/09/patrol-boat", article.Url);
        Assert.Equal(ArticleKind.Analysis, article.Kind);
        Assert.Equal(["A patrol boat leaves the harbour at dawn."], article.Captions);
    }

    [Fact]
    public void ReadFile_ArticleWithNoise_BodyHasOnlyArticleParagraphs()
    {
        // Given a page with navigation, scripts, styles and a footer around the article
        // When it is read
        var article = ReadOne("article.html");

        // Then the body is the four article paragraphs and none of the noise
        var paragraphs = ParagraphTexts(article);
        Assert.Equal(4, paragraphs.Count);
        Assert.StartsWith("The navy confirmed on Thursday", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Analysts cautioned", paragraphs[3], StringComparison.Ordinal);
        Assert.DoesNotContain("NOISE", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PageWithoutArticle_FailsClearly()
    {
        // Given a page with only navigation, a form and a script
        var path = PathOf("no-article.html");

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadFile(path));

        // Then it fails naming the file
        Assert.False(result.Succeeded);
        Assert.Equal(path, result.Location);
        Assert.Contains("no article text found", result.Error, StringComparison.Ordinal);
        Assert.Contains("no-article.html", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_OpinionSectionWithoutJsonLd_IsOpinionAndTitleFromTitleTag()
    {
        // Given a page with only a <title>, an article:section of Opinion and a <time> element
        var html = "<html><head><title>Ports Need Better Radar - Tide Weekly</title><meta property=\"og:site_name\" content=\"Tide Weekly\">"
            + "<meta property=\"article:section\" content=\"Opinion\"></head><body><article><time datetime=\"2025-04-02T08:00\">2 April</time>"
            + Body + "</article></body></html>";

        // When it is read
        var article = Assert.Single(ArticleReader.Default.ReadText(html, "page.html", "html")).Article;

        // Then the site suffix is cut from the title, the section sets the kind and the time element the date
        Assert.NotNull(article);
        Assert.Equal("Ports Need Better Radar", article.Title);
        Assert.Equal(ArticleKind.Opinion, article.Kind);
        Assert.Equal(new DateOnly(2025, 4, 2), article.Published);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void ReadText_ShortBriefInArticleElement_IsRead()
    {
        // Given a news brief of two short paragraphs inside <article>, under navigation and above a footer: too little
        // text for the readability test of whether a page is worth reading at all
        const string page = "<html><head><title>Depot fire | Valley Courier</title></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            + "<article><h1>Depot fire</h1><p>A fuel depot near the border burned through the night, the regional governor said on Sunday, adding that two workers were hurt.</p>"
            + "<p>The army gave no comment.</p></article><footer>Valley Courier</footer></body></html>";

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText(page, "brief.html", "html"));

        // Then its two paragraphs are the body, without the navigation or the footer
        Assert.True(result.Succeeded, result.Error);
        var paragraphs = ParagraphTexts(result.Article!);
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("A fuel depot near the border", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("The army gave no comment.", paragraphs[1]);
    }

    [Fact]
    public void ReadText_ShortBriefWithPublicationDate_IsRead()
    {
        // Given a short brief in plain <div>s whose page states a publication date
        const string page = "<html><head><meta property=\"article:published_time\" content=\"2025-03-02T10:00:00Z\"></head><body>"
            + "<div><p>A fuel depot near the border burned through the night, the regional governor said on Sunday.</p></div></body></html>";

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText(page, "brief.html", "html"));

        // Then it is read, with its date
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new DateOnly(2025, 3, 2), result.Article!.Published);
        Assert.Contains("regional governor", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_ShortTextWithoutArticleMarks_FailsClearly()
    {
        // Given a page holding one short line of text, with no <article> element and no publication date
        const string page = "<html><body><div><p>Sign up for our newsletter and follow us on every network.</p></div></body></html>";

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText(page, "signup.html", "html"));

        // Then it is not taken for an article
        Assert.False(result.Succeeded);
        Assert.Contains("signup.html: no article text found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_HostileMarkup_DoesNotCrashOrLeakScripts()
    {
        // Given a page with many script tags, a huge attribute and unclosed script-like text
        var hostile = "<html><head>" + string.Concat(Enumerable.Repeat("<script>alert('x')</script>", 2000)) + "</head><body>"
            + "<div data-x=\"" + new string('a', 2_000_000) + "\"></div><article>" + Body + "</article><script>var s = '<p>LEAK</p>';";

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText(hostile, "hostile.html", "html"));

        // Then the article is read and no script text reaches the body
        Assert.True(result.Succeeded, result.Error);
        Assert.DoesNotContain("alert", result.Article!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAK", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_DeeplyNestedTags_FailsWithoutCrashing()
    {
        // Given a page nested one hundred thousand elements deep
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text" + "</body></html>";

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText(html, "deep.html", "html"));

        // Then it is refused with a message instead of overflowing the stack
        Assert.False(result.Succeeded);
        Assert.Contains("nested", result.Error, StringComparison.Ordinal);
    }
}
