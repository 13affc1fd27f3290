using Assay.Extraction.Evaluation;

namespace Assay.Extraction.Tests.Evaluation;

public sealed class TextOccurrencesTests
{
    [Fact]
    public void Find_NoBreakSpaceInGold_MatchesPlainSpaceInBody()
    {
        // Given a gold text with a no-break space and a body with an ordinary space
        const string body = "Kyiv said about 11 000 soldiers were there.";

        // When its occurrences are found
        var found = TextOccurrences.Find(body, "about 11\u00A0000");

        // Then the one occurrence is found
        var span = Assert.Single(found);
        Assert.Equal("about 11 000", span.Slice(body));
    }

    [Fact]
    public void Find_NumberInsideLongerNumbers_IsNotFound()
    {
        // Given "17" standing alone once and inside other numbers three times
        const string body = "In 2017, 170 guns and 1,170 shells; 17 dead.";

        // When "17" is looked up
        var found = TextOccurrences.Find(body, "17");

        // Then only the standalone one counts
        var span = Assert.Single(found);
        Assert.Equal(body.IndexOf("17 dead", StringComparison.Ordinal), span.Start);
    }

    [Fact]
    public void Find_RepeatedFigure_ReturnsEveryOccurrenceInOrder()
    {
        // Given a figure written twice, once capitalised
        const string body = "Dozens were hurt. Officials said dozens more were missing.";

        // When it is looked up in lower case
        var found = TextOccurrences.Find(body, "dozens");

        // Then both occurrences come back in text order
        Assert.Equal([0, body.LastIndexOf("dozens", StringComparison.Ordinal)], found.Select(s => s.Start));
    }
}
