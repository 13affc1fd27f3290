using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Extraction.Pipeline;

namespace Assay.Analysis.Tests.Estimates;

/// <summary>A figure that sizes a whole force, read from text, beside figures for the part of it that was sent.</summary>
public sealed class WholeForceTests
{
    [Fact]
    public void Build_ArmySizeBesideTroopsSent_NeitherPoolsNorContradicts()
    {
        // Given one report of about 9,000 troops sent, and an opinion piece setting a few thousand soldiers against an
        // army of more than a million
        var claims = Extract(1, "Daily Courier", new DateOnly(2024, 10, 20),
            "The defence ministry said about 9,000 troops had been sent to the front in recent weeks.");
        claims.AddRange(Extract(2, "Weekly Review", new DateOnly(2024, 10, 22),
            "A few thousand soldiers would be a rounding error for an army of more than a million."));

        // When the story and its series are built
        var picture = StoryBuilder.Build([], claims);
        var series = SeriesBuilder.Build(picture);

        // Then the army's size is its own subject: no proposition of troops sent holds it, no figure of the troops sent
        // is set against it, and the troops' series never sees it
        var army = Assert.Single(picture.Propositions, p => p.Subject.Noun == "army");
        Assert.Equal(EventType.None, army.Event);
        Assert.DoesNotContain(picture.Contradictions, c => c.PropositionId == army.Id || c.OtherPropositionId == army.Id);
        var troops = Assert.Single(series, s => s.Key.EndsWith("troops", StringComparison.Ordinal));
        Assert.All(troops.Points, p => Assert.True(p.Point.High is < 100_000, $"{p.Point.Low}–{p.Point.High} is not a count of troops sent"));
        Assert.Contains(series, s => s.Key == "army");
    }

    [Fact]
    public void Build_TotalCasualtiesAfterTheKilled_GoToTheCasualtySeries()
    {
        // Given troops sent, then a report of the killed and of total casualties in one sentence
        var claims = Extract(1, "Daily Courier", new DateOnly(2024, 10, 20),
            "The defence ministry said about 9,000 troops had been sent to the front in recent weeks.");
        claims.AddRange(Extract(2, "Daily Courier", new DateOnly(2025, 1, 20),
            "About 350 soldiers have been killed in the fighting, and total casualties have reached about 2,600, the ministry said."));

        // When the series are built
        var series = SeriesBuilder.Build(StoryBuilder.Build([], claims));

        // Then the troops' series holds only the troops sent, and the casualties have a series of their own
        var troops = Assert.Single(series, s => s.Key.EndsWith("troops", StringComparison.Ordinal));
        var point = Assert.Single(troops.Points);
        Assert.Equal(9000, point.Point.Low);
        Assert.Contains(series, s => s.Key.EndsWith("casualties", StringComparison.Ordinal) && s.Points.Any(p => p.Point.Low == 2600));
    }

    private static List<StoryClaim> Extract(long id, string outlet, DateOnly published, string text)
    {
        var article = Article.FromText(text) with { Outlet = outlet, Published = published };
        var extraction = ExtractionPipeline.Default.Extract(article);
        return [.. extraction.Claims.Select(c => new StoryClaim(
            new ClaimRef(id, c.Id), outlet, published, c,
            c.QuantityIndex is { } q ? extraction.Quantities[q] : null,
            c.TimeIndex is { } t ? extraction.Times[t] : null))];
    }
}
