using Assay.Analysis.Reliability;

namespace Assay.Analysis.Tests.Reliability;

public sealed class IntervalScoreTests
{
    [Fact]
    public void Score_TruthInside_IsTheWidth()
    {
        // Given a range of 10,000–12,000 and a true 11,000
        // When scored
        var score = IntervalScore.Score(10_000, 12_000, 11_000);

        // Then only the width counts
        Assert.Equal(2_000, score, 9);
    }

    [Fact]
    public void Score_TruthBelow_AddsTwentyTimesTheShortfall()
    {
        // Given a range of 10,000–12,000 and a true 9,000, with α = 0.1
        // When scored
        var score = IntervalScore.Score(10_000, 12_000, 9_000);

        // Then 2,000 + (2 / 0.1)·1,000
        Assert.Equal(22_000, score, 9);
    }

    [Fact]
    public void Score_TruthAbove_AddsTheOvershootScaledByAlpha()
    {
        // Given a range of 1,500–3,000, a true 3,500 and α = 0.2
        // When scored
        var score = IntervalScore.Score(1_500, 3_000, 3_500, alpha: 0.2);

        // Then 1,500 + (2 / 0.2)·500
        Assert.Equal(6_500, score, 9);
    }

    [Fact]
    public void Score_SingleFigure_IsADegenerateRange()
    {
        // Given a single figure of 12,000 and a true 11,000
        // When scored
        var score = IntervalScore.Score(12_000, 12_000, 11_000);

        // Then it scores 20 × the miss, and nothing when exact
        Assert.Equal(20_000, score, 9);
        Assert.Equal(0, IntervalScore.Score(11_000, 11_000, 11_000), 9);
    }

    [Fact]
    public void Relative_DifferentScales_Comparable()
    {
        // Given two outlets, one counting in thousands and one in tens, each 10% wide and 10% short
        // When their scores are taken relative to the truth
        var big = IntervalScore.Relative(9_000, 9_900, 11_000);
        var small = IntervalScore.Relative(90, 99, 110);

        // Then they score the same: (900 + 20·1,100) / 11,000 = 2.0818…
        Assert.Equal(small, big, 9);
        Assert.Equal(22_900.0 / 11_000, big, 9);
    }

    [Fact]
    public void Score_RangeEndingBelowItsStart_Throws()
    {
        // Given a backwards range
        // When scored
        // Then it is a caller bug
        Assert.Throws<ArgumentException>(() => IntervalScore.Score(12_000, 10_000, 11_000));
    }

    [Fact]
    public void LogError_OffByTwoEitherWay_IsLnTwo()
    {
        // Given figures twice and half the truth
        // When their log errors are taken
        // Then both are ln 2
        Assert.Equal(Math.Log(2), IntervalScore.LogError(2_000, 1_000), 12);
        Assert.Equal(Math.Log(2), IntervalScore.LogError(500, 1_000), 12);
    }
}
