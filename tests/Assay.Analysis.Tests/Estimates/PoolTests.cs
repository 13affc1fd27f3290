using Assay.Analysis.Estimates;
using Assay.Core.Quantities;
using static Assay.Analysis.Tests.Estimates.Points;

namespace Assay.Analysis.Tests.Estimates;

public sealed class PoolTests
{
    // z of the 90th percentile of the standard normal.
    private const double Z90 = 1.2815515655;

    private static PooledRange Linear(PoolResult result) => Assert.Single(result.Groups).LinearPool!.Value;

    private static void AssertRange(PooledRange actual, double p10, double median, double p90, double tolerance = 0.5)
    {
        Assert.Equal(p10, actual.P10, tolerance);
        Assert.Equal(median, actual.Median, tolerance);
        Assert.Equal(p90, actual.P90, tolerance);
    }

    [Fact]
    public void Pool_SingleUniformRange_GivesItsKnownQuantiles()
    {
        // Given one range read as uniform
        // When it is pooled alone
        var result = EstimateAnalysis.Pool([Range(10_000, 12_000)], Uniform);

        // Then the median is the midpoint and the 80% interval cuts 10% off each end
        AssertRange(Linear(result), 10_200, 11_000, 11_800);
        AssertRange(Assert.Single(result.Groups).QuantileAverage!.Value, 10_200, 11_000, 11_800);
    }

    [Fact]
    public void Pool_TwoIdenticalEqualWeightRanges_GiveTheSameQuantilesAsOne()
    {
        // Given the same range from two equally weighted origins
        var result = EstimateAnalysis.Pool([Range(10_000, 12_000, "nis"), Range(10_000, 12_000, "pentagon")], Uniform);

        // Then pooling changes nothing
        AssertRange(Linear(result), 10_200, 11_000, 11_800);
        Assert.Equal(2, result.Groups[0].OriginCount);
    }

    [Fact]
    public void Pool_DefaultLognormalRange_TakesBoundsAsFifthAndNinetyFifthPercentiles()
    {
        // Given a range under the default (lognormal) reading
        var result = EstimateAnalysis.Pool([Range(10_000, 12_000)]);

        // Then the median is the geometric midpoint and sigma is ln(H/L)/3.29
        var median = Math.Sqrt(10_000.0 * 12_000.0);
        var sigma = Math.Log(1.2) / 3.29;
        AssertRange(Linear(result), median * Math.Exp(-Z90 * sigma), median, median * Math.Exp(Z90 * sigma));
    }

    [Fact]
    public void Pool_ReferenceExample1500To12000_GivesMedianNear4240()
    {
        // Given the reference example range 1,500–12,000
        var result = EstimateAnalysis.Pool([Range(1_500, 12_000)]);
        var distribution = LognormalDistribution.FromRange(1_500, 12_000);

        // Then its median is about 4,243 and sigma about 0.63
        Assert.Equal(4_242.6, Linear(result).Median, 0.5);
        Assert.Equal(0.632, distribution.Sigma, 0.001);
    }

    [Fact]
    public void Pool_HeavierSource_PullsMedianTowardIt()
    {
        // Given two disjoint ranges, one from an A source and one from a D source (weights 1 and 0.25)
        var heavyLow = EstimateAnalysis.Pool(
            [Range(1_000, 2_000, "a", grade: ReliabilityGrade.A), Range(3_000, 4_000, "d", grade: ReliabilityGrade.D)], Uniform);
        var heavyHigh = EstimateAnalysis.Pool(
            [Range(1_000, 2_000, "d", grade: ReliabilityGrade.D), Range(3_000, 4_000, "a", grade: ReliabilityGrade.A)], Uniform);

        // Then the median sits inside the heavier source's range, where the mixture CDF reaches one half
        Assert.Equal(1_625, Linear(heavyLow).Median, 0.5);
        Assert.Equal(3_375, Linear(heavyHigh).Median, 0.5);
    }

    [Fact]
    public void Pool_RepeatsOfOneRoot_CountOnceWhenIndependenceIsDiscounted()
    {
        // Given one origin at [1,000, 2,000] and three reports of another root at [3,000, 4,000]
        EstimatePoint[] repeats(double independence) =>
        [
            Range(1_000, 2_000, "pentagon"),
            .. Enumerable.Range(0, 3).Select(i => Range(3_000, 4_000, $"outlet{i}") with { Independence = independence }),
        ];

        // When the repeats are weighted 1/3 each, versus counted in full
        var discounted = Linear(EstimateAnalysis.Pool(repeats(ReliabilityGrades.IndependenceFromClusterSize(3)), Uniform));
        var counted = Linear(EstimateAnalysis.Pool(repeats(1), Uniform));

        // Then discounted, both roots weigh the same; counted in full, the repeats swamp the other origin
        Assert.Equal(1_200, discounted.P10, 0.5);
        Assert.Equal(3_800, discounted.P90, 0.5);
        Assert.Equal(1_400, counted.P10, 0.5);
    }

    [Fact]
    public void Pool_OlderEstimate_WeighsHalfAfterOneHalfLife()
    {
        // Given an older range and one 90 days newer (the default half-life)
        var result = EstimateAnalysis.Pool([Range(1_000, 2_000, "a", day: 0), Range(3_000, 4_000, "b", day: 90)], Uniform);
        var group = Assert.Single(result.Groups);

        // Then the older weighs half and the median moves into the newer range: 1/3 + 2/3·(x−3,000)/1,000 = 1/2
        Assert.Equal(0.5, group.Estimates[0].Recency, 1e-12);
        Assert.Equal(1.0, group.Estimates[1].Recency, 1e-12);
        Assert.Equal(3_250, Linear(result).Median, 0.5);
        Assert.Equal(Day0.AddDays(90), group.ReferenceDate);
    }

    [Fact]
    public void Pool_ExplicitReferenceDate_AgesEveryEstimate()
    {
        // Given a reference date 180 days after the only estimate
        var options = PoolingOptions.Default with { ReferenceDate = Day0.AddDays(180) };
        var group = Assert.Single(EstimateAnalysis.Pool([Range(1_000, 2_000)], options).Groups);

        // Then its recency is a quarter, but alone it still defines the range
        Assert.Equal(0.25, group.Estimates[0].Recency, 1e-12);
        Assert.Equal(Math.Sqrt(2e6), group.LinearPool!.Value.Median, 0.5);
    }

    [Fact]
    public void Pool_MoreThan_ClosesTheOpenEndWithTheDocumentedTail()
    {
        // Given "more than 10,000" read as uniform
        var result = EstimateAnalysis.Pool([MoreThan(10_000)], Uniform);
        var group = Assert.Single(result.Groups);

        // Then it spans 10,000–15,000 and the raw spread records that it is open above
        AssertRange(Linear(result), 10_500, 12_500, 14_500);
        Assert.Equal((10_000, 15_000), (group.Estimates[0].SupportLow, group.Estimates[0].SupportHigh));
        Assert.True(group.OpenAbove);
        Assert.False(group.OpenBelow);
        Assert.Equal(10_000, group.RawHigh);
    }

    [Fact]
    public void Pool_UpTo_ClosesTheOpenEndBelow()
    {
        // Given "up to 12,000"
        var group = Assert.Single(EstimateAnalysis.Pool([UpTo(12_000)], Uniform).Groups);

        // Then it spans 8,000–12,000 and is marked open below
        Assert.Equal((8_000, 12_000), (group.Estimates[0].SupportLow, group.Estimates[0].SupportHigh));
        Assert.True(group.OpenBelow);
        Assert.Equal(10_000, group.LinearPool!.Value.Median, 0.5);
    }

    [Fact]
    public void Pool_ExactAndApproximateFigures_GetNarrowAndWiderSpreads()
    {
        // Given an exact 3,000 and an approximate 11,000 in separate pools
        var exact = Assert.Single(EstimateAnalysis.Pool([Figure(3_000)], Uniform).Groups);
        var about = Assert.Single(EstimateAnalysis.Pool([Figure(11_000, QuantityQualifier.Approximate)]).Groups);

        // Then the exact one spans ±2% and the approximate one ±10% (log-symmetric), each centred on the figure
        Assert.Equal((2_940, 3_060), (exact.Estimates[0].SupportLow, exact.Estimates[0].SupportHigh));
        Assert.Equal(3_000, exact.LinearPool!.Value.Median, 0.5);
        Assert.Equal(11_000 / 1.1, about.Estimates[0].SupportLow, 1e-6);
        Assert.Equal(11_000, about.LinearPool!.Value.Median, 0.5);
    }

    [Fact]
    public void Pool_UnlikeScopeOrStatus_NeverPoolTogether()
    {
        // Given figures for Russia and for Kursk, and a projection for Russia
        var result = EstimateAnalysis.Pool(
        [
            Range(10_000, 12_000, scope: "in Russia"),
            Figure(11_000, scope: " in russia ", origin: "pentagon"),
            Figure(3_000, scope: "in Kursk"),
            Figure(100_000, status: EstimateStatus.Projection, scope: "in Russia"),
        ]);

        // Then there are three groups; scope matching ignores case and surrounding space
        Assert.Equal(3, result.Groups.Count);
        Assert.Equal(2, result.Find(Troops, "in russia", EstimateStatus.Assessment)!.Estimates.Count);
        Assert.Equal(3_000, result.Find(Troops, "IN KURSK", EstimateStatus.Assessment)!.LinearPool!.Value.Median, 0.5);
        Assert.Equal(100_000, result.Find(Troops, "in Russia", EstimateStatus.Projection)!.RawLow);
        Assert.Null(result.Find(Troops, "in Kursk", EstimateStatus.ObservedCount));
    }

    [Fact]
    public void Pool_QuantileAverage_IsSharperThanLinearPoolWhenSourcesDisagree()
    {
        // Given two equal-weight disjoint ranges
        var group = Assert.Single(EstimateAnalysis.Pool([Range(1_000, 2_000, "a"), Range(3_000, 4_000, "b")], Uniform).Groups);

        // Then the linear pool keeps both modes (P10 in the low range), the quantile average sits between them
        Assert.Equal(1_200, group.LinearPool!.Value.P10, 0.5);
        AssertRange(group.QuantileAverage!.Value, 2_100, 2_500, 2_900);
        Assert.Equal(1_000, group.RawLow);
        Assert.Equal(4_000, group.RawHigh);
    }

    [Fact]
    public void Pool_OnlyUnreliableSources_KeepsRawSpreadButNoPooledRange()
    {
        // Given figures only from E-graded origins
        var group = Assert.Single(EstimateAnalysis.Pool(
            [Range(1_000, 2_000, grade: ReliabilityGrade.E), Figure(5_000, grade: ReliabilityGrade.G)]).Groups);

        // Then nothing is pooled, but the spread is still reported
        Assert.Null(group.LinearPool);
        Assert.Null(group.QuantileAverage);
        Assert.Equal(0, group.TotalWeight);
        Assert.Equal((1_000, 5_000), (group.RawLow, group.RawHigh));
    }

    [Fact]
    public void Pool_NoEstimates_GivesEmptyResult()
    {
        // Given no input
        // When pooled
        var result = EstimateAnalysis.Pool([]);

        // Then the result is empty, not an error
        Assert.True(result.IsEmpty);
        Assert.Null(result.Find(Troops, "", EstimateStatus.Assessment));
    }

    [Fact]
    public void Pool_SameInputTwice_GivesIdenticalResult()
    {
        // Given a mixed set of figures
        EstimatePoint[] points = [Figure(1_500, day: 0), Figure(3_000, day: 5), Range(10_000, 12_000, "pentagon", day: 30), MoreThan(10_000, day: 40)];

        // When pooled twice, and once in reverse order
        var first = Linear(EstimateAnalysis.Pool(points));
        var again = Linear(EstimateAnalysis.Pool(points));
        var reversed = Linear(EstimateAnalysis.Pool(points.Reverse()));

        // Then the same input gives the same bits, and order changes nothing beyond rounding
        Assert.Equal(first, again);
        Assert.Equal(first.Median, reversed.Median, 1e-6);
        Assert.Equal(first.P10, reversed.P10, 1e-6);
        Assert.Equal(first.P90, reversed.P90, 1e-6);
    }

    [Fact]
    public void Pool_OriginRevisedItsFigure_PoolsOnlyTheLatest()
    {
        // Given an origin's 1,500 later revised to 3,000
        EstimatePoint[] points = [Figure(1_500, day: 0), Figure(3_000, day: 5)];

        // When pooled by default, and with every figure kept
        var latest = Assert.Single(EstimateAnalysis.Pool(points, Uniform).Groups);
        var all = Assert.Single(EstimateAnalysis.Pool(points, Uniform with { LatestPerOrigin = false }).Groups);

        // Then by default the old figure is listed as superseded, weighs nothing and leaves the raw spread
        Assert.True(latest.Estimates[0].Superseded);
        Assert.Equal(0, latest.Estimates[0].Weight);
        Assert.Equal(3_000, latest.LinearPool!.Value.Median, 0.5);
        Assert.Equal((3_000, 3_000), (latest.RawLow, latest.RawHigh));
        Assert.True(all.LinearPool!.Value.P10 < 2_000);
        Assert.Equal(1_500, all.RawLow);
    }
}
