using Assay.Core.Articles;
using static Assay.Extraction.Tests.Reading.ReadingFixtures;

namespace Assay.Extraction.Tests.Reading;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void ReadFile_MarkdownAnalysis_ReadsHeadAndStripsMarkup()
    {
        // Given a Markdown analysis piece with an image, a credited caption, a link, emphasis, a list and a pull quote
        // When it is read
        var article = ReadOne("analysis.md");

        // Then the head is metadata, the "Analysis:" prefix sets the kind, and the body is plain text
        Assert.Equal("What a Border Drill Tells Us About Supply Lines", article.Title);
        Assert.Equal("Mara Lindqvist and Joon-ho Park", article.Byline);
        Assert.Equal(new DateOnly(2025, 3, 3), article.Published);
        Assert.Equal(ArticleKind.Analysis, article.Kind);
        Assert.Equal("Royal United Services Institute", article.Outlet);
        Assert.Equal("https://www.rusi.org/explore-our-research/publications/commentary/border-drill-supply-12345", article.Url);
        var caption = Assert.Single(article.Captions);
        Assert.EndsWith("PHOTO: EXAMPLE AGENCY", caption, StringComparison.Ordinal);
        var paragraphs = ParagraphTexts(article);
        Assert.Equal("The exercise that ended on Sunday involved roughly 4,000 personnel, according to the defence ministry, which described it as routine.", paragraphs[0]);
        Assert.Contains("officials did not explain at the briefing.", paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("Fuel depots were moved closer to the rail head.", paragraphs);
        Assert.Single(paragraphs, p => p.Contains("decided the tempo", StringComparison.Ordinal));
        Assert.DoesNotContain("Read more", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PlainWireStory_TakesTitleAndDatelineOutlet()
    {
        // Given a plain-text wire story: headline line, date line, dateline paragraph with (Reuters), hard-wrapped lines
        // When it is read
        var article = ReadOne("wire.txt");

        // Then the first line is the title, the outlet comes from the dateline, and wrapped lines are joined
        Assert.Equal("Ministry Reports Drone Strike on Fuel Depot", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), article.Published);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal(ArticleKind.News, article.Kind);
        var paragraphs = ParagraphTexts(article);
        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("KYIV, March 4 (Reuters) - A drone struck", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("said on Tuesday, adding", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PressRelease_IsStatement()
    {
        // Given a plain-text press release with a marker line and a "Published" line
        // When it is read
        var article = ReadOne("statement.txt");

        // Then it is a statement with its readout title and date, and the marker is not body text
        Assert.Equal(ArticleKind.Statement, article.Kind);
        Assert.Equal("Readout of the Defence Ministers' Call", article.Title);
        Assert.Equal(new DateOnly(2025, 2, 12), article.Published);
        Assert.DoesNotContain("PRESS RELEASE", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("October 21, 2024")]
    [InlineData("21 October 2024")]
    [InlineData("Oct. 21, 2024")]
    [InlineData("2024-10-21")]
    [InlineData("Published: Monday, Oct 21, 2024 10:30 GMT")]
    public void ReadText_DateLineForms_SetPublished(string dateLine)
    {
        // Given a headline, a date line in one of the usual forms, and a body
        var text = $"## Ships Seen Near the Strait\n\n{dateLine}\n\nTwo ships were seen near the strait on Sunday.";

        // When it is read
        var article = ReadOneText(text);

        // Then the date is read and the line is not body text
        Assert.Equal(new DateOnly(2024, 10, 21), article.Published);
        Assert.Equal("Two ships were seen near the strait on Sunday.", article.Text);
    }

    [Theory]
    [InlineData("By Ines Varga, Harbour Policy Institute", "Harbour Policy Institute")]
    [InlineData("By Tomas Reyes, Centre for Maritime Studies", "Centre for Maritime Studies")]
    [InlineData("By Ines Varga, Senior Fellow", null)]
    [InlineData("By Ines Varga, Seoul", null)]
    [InlineData("By Ines Varga and Tomas Reyes", null)]
    public void ReadText_PaperWithoutOutlet_TakesTheBylinesInstitution(string byline, string? outlet)
    {
        // Given a paper with a byline and a date, and no outlet, dateline or address anywhere
        var text = $"## Reading the Convoy Counts\n\n{byline}\n\nMarch 3, 2025\n\nThe convoy counts differ by a factor of two.";

        // When it is read
        var article = ReadOneText(text);

        // Then the body named after the author's comma publishes it; a title, a place or a second author does not
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal("The convoy counts differ by a factor of two.", article.Text);
    }

    [Theory]
    [InlineData("Opinion", ArticleKind.Opinion)]
    [InlineData("Commentary", ArticleKind.Opinion)]
    [InlineData("Op-ed", ArticleKind.Opinion)]
    [InlineData("Kind: analysis", ArticleKind.Analysis)]
    [InlineData("Statement", ArticleKind.Statement)]
    [InlineData("Press release", ArticleKind.Statement)]
    public void ReadText_KindMarkerLine_SetsKind(string marker, ArticleKind expected)
    {
        // Given a marker line above the headline
        var text = $"{marker}\n\n# Grain Corridor Reopens\n\nThe corridor reopened on Monday after a week of talks.";

        // When it is read
        var article = ReadOneText(text);

        // Then the kind follows the marker, which stays out of the body
        Assert.Equal(expected, article.Kind);
        Assert.Equal("Grain Corridor Reopens", article.Title);
        Assert.Equal("The corridor reopened on Monday after a week of talks.", article.Text);
    }

    [Fact]
    public void ReadText_OpinionDisclaimerAndRelatedLine_AreDroppedAndMakeOpinion()
    {
        // Given a body with a related-article heading and an italic disclaimer
        var text = "## A Column\n\nFirst point made here.\n\n## Related article: Something else entirely\n\nSecond point made here.\n\n"
            + "*The views expressed in opinion pieces do not necessarily reflect the position of Example Daily.*\n";

        // When it is read
        var article = ReadOneText(text);

        // Then the kind is opinion and only the two points remain
        Assert.Equal(ArticleKind.Opinion, article.Kind);
        Assert.Equal(["First point made here.", "Second point made here."], ParagraphTexts(article));
    }

    [Fact]
    public void ReadText_CrlfAndInlineHtml_NormalisedButUnicodeKept()
    {
        // Given CRLF line ends, underline tags, curly quotes, a dash and a non-breaking space
        var text = "Title Of The Piece\r\n\r\nThe <u>minister</u> said \u201Cno\u201D \u2014 twice,\u00A0firmly.\r\n\r\nA second paragraph follows here.\r\n";

        // When it is read as plain text
        var article = ReadOneText(text, "txt");

        // Then line ends are LF, tags are gone and every other character is kept as it was
        Assert.Equal("Title Of The Piece", article.Title);
        Assert.Equal("The minister said \u201Cno\u201D \u2014 twice,\u00A0firmly.\n\nA second paragraph follows here.", article.Text);
    }

    [Fact]
    public void ReadText_BrokenParagraphEndingWithPunctuation_IsNotJoined()
    {
        // Given a paragraph ending with a full stop followed by one starting in lower case, and a genuine break
        var text = "# Head Line\n\nThe count was given as.\n\nlower case start after a stop.\n\nThe count was put at\n\nabout forty.";

        // When it is read
        var paragraphs = ParagraphTexts(ReadOneText(text));

        // Then only the paragraph broken mid-sentence is joined
        Assert.Equal(["The count was given as.", "lower case start after a stop.", "The count was put at about forty."], paragraphs);
    }

    [Fact]
    public void ReadText_KeyValueHead_FillsMetadata()
    {
        // Given a plain-text head written as "Key: value" lines
        var text = "Title: Bridge Repairs Finish Early\nOutlet: Valley Courier\nAuthor: Tomas Reyes\nDate: 2025-05-02\nURL: https://valleycourier.example/bridge\n\nRepairs on the bridge ended a week early.";

        // When it is read
        var article = ReadOneText(text, "txt");

        // Then each field lands in its place and the body is the rest
        Assert.Equal("Bridge Repairs Finish Early", article.Title);
        Assert.Equal("Valley Courier", article.Outlet);
        Assert.Equal("Tomas Reyes", article.Byline);
        Assert.Equal(new DateOnly(2025, 5, 2), article.Published);
        Assert.Equal("https://valleycourier.example/bridge", article.Url);
        Assert.Equal("Repairs on the bridge ended a week early.", article.Text);
    }

    [Fact]
    public void ReadText_NoTitleShortFirstSentence_StaysBody()
    {
        // Given plain text whose first line is a sentence, not a headline
        var text = "Troops withdrew on Friday.\n\nThe withdrawal was confirmed by both sides.";

        // When it is read
        var article = ReadOneText(text, "txt");

        // Then nothing is taken as title and both paragraphs are body text
        Assert.Null(article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void ReadText_DeeplyNestedQuotes_DoesNotCrash()
    {
        // Given hostile Markdown: one line nested ten thousand quote levels deep, and deep emphasis
        var text = "# Odd\n\n" + new string('>', 10_000) + " deep text\n\n" + new string('*', 5_000) + "x" + new string('*', 5_000) + "\n\nA normal sentence.";

        // When it is read
        var result = Assert.Single(Assay.Extraction.Reading.ArticleReader.Default.ReadText(text, "odd.md", "md"));

        // Then it is read without crashing and keeps the normal sentence
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("A normal sentence.", result.Article!.Text, StringComparison.Ordinal);
    }
}
