using Assay.Analysis.Estimates;
using static Assay.Analysis.Tests.Estimates.Points;

namespace Assay.Analysis.Tests.Estimates;

public sealed class ShareWithinTests
{
    [Fact]
    public void ShareWithin_TwoEqualOriginsOneInside_HalfTheWeight()
    {
        // Given two equally graded origins on one day, one at 10,000 and one at 20,000
        var group = Assert.Single(EstimateAnalysis.Pool([Figure(10_000, origin: "a"), Figure(20_000, origin: "b")], Uniform).Groups);

        // When the share of weight meeting 9,000–11,000 is asked for
        var share = group.ShareWithin(9_000, 11_000);

        // Then it is the weight of the one figure inside over the total
        Assert.Equal(0.5, share!.Value, 9);
    }

    [Fact]
    public void ShareWithin_OpenFigureOverlappingTheRange_Counts()
    {
        // Given "more than 10,000" from one origin and 3,000 from another
        var group = Assert.Single(EstimateAnalysis.Pool([MoreThan(10_000, origin: "a"), Figure(3_000, origin: "b")], Uniform).Groups);

        // When the share meeting 9,000–13,000, and the share with no upper bound from 2,000, are asked for
        // Then the open figure meets the first range and both meet the second
        Assert.Equal(0.5, group.ShareWithin(9_000, 13_000)!.Value, 9);
        Assert.Equal(1.0, group.ShareWithin(2_000, null)!.Value, 9);
    }

    [Fact]
    public void ShareWithin_SupersededFigure_WeighsNothing()
    {
        // Given one origin that moved from 3,000 to 11,000, and another at 11,000
        var group = Assert.Single(EstimateAnalysis.Pool([Figure(3_000, origin: "a"), Figure(11_000, origin: "a", day: 30), Figure(11_000, origin: "b", day: 30)], Uniform).Groups);

        // When the share meeting 10,000–12,000 is asked for
        // Then the revised-away figure does not count against the range
        Assert.Equal(1.0, group.ShareWithin(10_000, 12_000)!.Value, 9);
    }
}
