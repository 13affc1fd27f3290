using Assay.Core.Articles;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Annotators.Times;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Annotators.Times;

public sealed class TimeAnnotatorTests
{
    private static AnnotatedDocument Annotate(string text, DateOnly? published)
    {
        var document = new AnnotatedDocument(Article.FromText(text) with { Published = published });
        new QuantityAnnotator().Annotate(document);
        new TimeAnnotator().Annotate(document);
        return document;
    }

    [Fact]
    public void Annotate_NoPublicationDate_ResolvesAbsoluteAndSkipsRelative()
    {
        // Given an article without a publication date
        // When times are read
        var document = Annotate("The pact of June 2024 was discussed last week and again on Oct. 28, since 2022.", published: null);

        // Then the absolute month and year resolve, and the relative week and yearless day are skipped
        Assert.Collection(
            document.Times,
            t => Assert.Equal(("June 2024", "2024-06"), (t.Text, t.Value)),
            t => Assert.Equal(("since 2022", "2022", TimeRelation.Since), (t.Text, t.Value, t.Relation)));
    }

    [Fact]
    public void Annotate_CountThatLooksLikeAYear_IsNotATime()
    {
        // Given a count written with a separator and a bare number without a time word
        // When times are read
        var document = Annotate("Officials said 2,022 troops and 2022 others left.", new DateOnly(2024, 10, 21));

        // Then neither is taken as a year
        Assert.Empty(document.Times);
    }

    [Theory]
    [InlineData("in June", "2024-06")]
    [InlineData("in November", "2023-11")]
    [InlineData("by November", "2024-11")]
    [InlineData("by March", "2025-03")]
    [InlineData("next June", "2025-06")]
    public void Annotate_BareMonth_ResolvesToNearestSensibleYear(string phrase, string expected)
    {
        // Given a bare month in a report of 2024-10-21
        // When times are read
        var document = Annotate($"The talks happen {phrase} as planned.", new DateOnly(2024, 10, 21));

        // Then the month takes the year that fits its relation
        Assert.Equal(expected, Assert.Single(document.Times).Value);
    }

    [Theory]
    [InlineData("The convoy had reached the port by December.", "2023-12")]
    [InlineData("The ministry had forecast in October that the total would reach 9,000 by December.", "2024-12")]
    [InlineData("It had said the first group will arrive by December.", "2024-12")]
    [InlineData("It had projected in May that 2,000 more would be sent by June.", "2024-06")]
    public void Annotate_ByMonthAfterHad_IsCompletedUnlessAModalLooksAhead(string sentence, string expected)
    {
        // Given a report of 2024-11-20 with "by December" after "had"
        // When times are read
        var document = Annotate(sentence, new DateOnly(2024, 11, 20));

        // Then a completed action is the month before, and a target a modal looks ahead to is the month nearest
        // publication
        Assert.Equal(expected, document.Times.Single(t => t.Text.StartsWith("by ", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Annotate_WeekExpressions_ResolveToTheirMonday()
    {
        // Given a Thursday report mentioning this week and last week
        // When times are read
        var document = Annotate("This week the claim spread; last week it began.", new DateOnly(2024, 10, 24));

        // Then each week is its Monday, at day granularity
        Assert.Equal(["2024-10-21", "2024-10-14"], document.Times.Select(t => t.Value));
        Assert.All(document.Times, t => Assert.Equal(TimeGranularity.Day, t.Granularity));
    }
}
