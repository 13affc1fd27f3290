using Assay.Analysis.Estimates;
using Assay.Core.Quantities;
using static Assay.Analysis.Tests.Estimates.Points;

namespace Assay.Analysis.Tests.Estimates;

public sealed class RevisionsTests
{
    [Fact]
    public void Revisions_AgencyRaisesItsFigure_MarksEachStepUpInDateOrder()
    {
        // Given an agency's three figures supplied out of order, and another origin's figure
        EstimatePoint[] points =
        [
            Figure(10_000, origin: "nis", day: 40),
            Figure(1_500, origin: "nis", day: 0),
            Range(10_000, 12_000, origin: "pentagon", day: 20),
            Figure(3_000, origin: "nis", day: 5),
        ];

        // When the agency's series is built
        var series = EstimateAnalysis.Revisions(points, "nis", Troops);

        // Then it runs 1,500 → 3,000 → 10,000, each a revision upward, and ignores the other origin
        Assert.Equal([1_500.0, 3_000.0, 10_000.0], series.Steps.Select(s => s.Point.Low!.Value));
        Assert.Equal([RevisionDirection.First, RevisionDirection.Up, RevisionDirection.Up], series.Steps.Select(s => s.Direction));
        Assert.Equal(2, series.Revisions.Count());
        Assert.Equal(3_000, series.Steps[2].Previous!.Low);
    }

    [Fact]
    public void Revisions_DifferentScope_IsNotARevisionOfTheOther()
    {
        // Given a figure for Russia and a later, smaller one for Kursk from the same origin
        EstimatePoint[] points = [Figure(11_000, scope: "in Russia"), Figure(3_000, scope: "in Kursk", day: 3)];

        // When the series is built
        var series = EstimateAnalysis.Revisions(points, "nis", Troops);

        // Then both are first figures of their own scope
        Assert.All(series.Steps, s => Assert.Equal(RevisionDirection.First, s.Direction));
        Assert.Empty(series.Revisions);
    }

    [Theory]
    [InlineData(10_000, 12_000, 10_000, 12_000, RevisionDirection.Unchanged)]
    [InlineData(10_000, 12_000, 11_000, 12_000, RevisionDirection.Up)]
    [InlineData(10_000, 12_000, 8_000, 12_000, RevisionDirection.Down)]
    [InlineData(10_000, 12_000, 9_000, 13_000, RevisionDirection.Widened)]
    [InlineData(10_000, 12_000, 10_500, 11_500, RevisionDirection.Narrowed)]
    public void Compare_TwoRanges_GivesDirection(double low1, double high1, double low2, double high2, RevisionDirection expected)
    {
        // Given two ranges from one origin, then the change is classified by its bounds
        Assert.Equal(expected, RevisionDetector.Compare(Range(low1, high1), Range(low2, high2, day: 1)));
    }

    [Fact]
    public void Compare_SameFigureNowOpenAbove_IsRequalified()
    {
        // Given "10,000" followed by "more than 10,000"
        var before = Figure(10_000, origin: "hur");
        var after = MoreThan(10_000, day: 2);

        // Then the bounds match but the qualifier changed
        Assert.Equal(RevisionDirection.Requalified, RevisionDetector.Compare(before, after));
        Assert.Equal(RevisionDirection.Up, RevisionDetector.Compare(Figure(3_000, QuantityQualifier.Approximate), after));
    }

    [Fact]
    public void Revisions_UnknownOriginOrNoInput_GivesEmptySeries()
    {
        // Given no points, or points from other origins only
        // Then the series is empty, not an error
        Assert.True(EstimateAnalysis.Revisions([], "nis", Troops).IsEmpty);
        Assert.True(EstimateAnalysis.Revisions([Figure(1_500, origin: "hur")], "nis", Troops).IsEmpty);
    }
}
