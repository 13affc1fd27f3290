using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Analysis.Tests.Story;
using Assay.Core.Claims;
using Assay.Core.Sources;

namespace Assay.Analysis.Tests.Briefing;

public sealed class FigureJudgmentTests
{
    [Fact]
    public void Build_RangeOtherOriginsDispute_HeldToTheShareOfPooledWeight()
    {
        // Given four origins at about 11,000 and three others, the same week, at 3,000, 20,000 and 30,000
        StoryClaim[] claims =
        [
            StoryClaims.Troops(1, "Wire A", 11000, source: "Agency A", day: 0),
            StoryClaims.Troops(2, "Wire B", 11000, source: "Agency B", day: 1),
            StoryClaims.Troops(3, "Wire C", 11000, source: "Agency C", day: 2),
            StoryClaims.Troops(4, "Wire D", 11000, source: "Agency D", day: 3),
            StoryClaims.Troops(5, "Wire E", 3000, source: "Agency E", day: 1),
            StoryClaims.Troops(6, "Wire F", 20000, source: "Agency F", day: 2),
            StoryClaims.Troops(7, "Wire G", 30000, source: "Agency G", day: 3),
        ];
        var (briefing, series) = Brief(claims);

        // When the judgment on the 11,000 figure is read
        var j = Assert.Single(briefing.KeyJudgments, k => k.Origins.Count == 4);

        // Then four ungraded witnesses alone would make it almost certain, but it is held to the weight of the figures
        // that meet the range, and a note says so and cites the three other figures
        Assert.True(WitnessModel.Probability([0.5, 0.5, 0.5, 0.5], [], 0.5) > 0.95);
        var group = series.Single().Pool.Groups.Single();
        var share = group.ShareWithin(10000, 12100)!.Value;
        Assert.InRange(share, 0.45, 0.8);
        Assert.Equal(share, j.Probability, 9);
        Assert.NotEqual("almost-certain", j.Band.Value);
        var note = Assert.Single(j.Notes, n => n.Text.Contains("pooled weight", StringComparison.Ordinal));
        Assert.StartsWith("3 origins give other current figures for ", note.Text, StringComparison.Ordinal);
        Assert.Equal([new ClaimRef(5, "c1"), new ClaimRef(6, "c1"), new ClaimRef(7, "c1")], note.Refs);
        Assert.False(EstimativeLint.HasLikelihood(note.Text) && EstimativeLint.HasConfidence(note.Text));
    }

    [Fact]
    public void Build_EveryOriginGivesTheFigure_WitnessModelStands()
    {
        // Given three origins at about 11,000 and no other figure
        StoryClaim[] claims =
        [
            StoryClaims.Troops(1, "Wire A", 11000, source: "Agency A", day: 0),
            StoryClaims.Troops(2, "Wire B", 11000, source: "Agency B", day: 1),
            StoryClaims.Troops(3, "Wire C", 11000, source: "Agency C", day: 2),
        ];

        // When the briefing is built
        var j = Assert.Single(Brief(claims).Briefing.KeyJudgments);

        // Then odds 27 give 27/28, almost certain, with no note about other figures
        Assert.Equal(27.0 / 28, j.Probability, 9);
        Assert.Equal("almost-certain", j.Band.Value);
        Assert.DoesNotContain(j.Notes, n => n.Text.Contains("pooled weight", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_JudgmentWithoutFigure_IsNotHeldByFigures()
    {
        // Given three origins saying troops were sent, with no figure, beside disputed figures for the same subject
        StoryClaim[] claims =
        [
            StoryClaims.Statement(1, "Wire A", "Agency A", Stance.Asserted, theme: "north korean troops", sourceType: SourceType.Intelligence),
            StoryClaims.Statement(2, "Wire B", "Agency B", Stance.Asserted, theme: "north korean troops", sourceType: SourceType.Intelligence, day: 1),
            StoryClaims.Statement(3, "Wire C", "Agency C", Stance.Asserted, theme: "north korean troops", sourceType: SourceType.Intelligence, day: 2),
            StoryClaims.Troops(4, "Wire D", 3000, source: "Agency D", day: 1),
            StoryClaims.Troops(5, "Wire E", 30000, source: "Agency E", day: 2),
        ];

        // When the briefing is built
        var j = Assert.Single(Brief(claims).Briefing.KeyJudgments, k => k.Origins.Count == 3);

        // Then the figures do not bear on it: three ungraded witnesses give 27/28
        Assert.Equal(27.0 / 28, j.Probability, 9);
    }

    private static (Analysis.Briefing.Briefing Briefing, IReadOnlyList<SubjectSeries> Series) Brief(StoryClaim[] claims)
    {
        var picture = StoryBuilder.Build([], claims);
        var series = SeriesBuilder.Build(picture);
        var input = new BriefingInput(picture, series, new Dictionary<string, OriginRecord>(), [], [], Judged.AsOf, null, null, BriefingOptions.Default);
        return (BriefingBuilder.Build(input), series);
    }
}
