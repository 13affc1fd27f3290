using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;

namespace Assay.Analysis.Tests.Reliability;

public sealed class BetaReliabilityTests
{
    [Theory]
    [InlineData(ReliabilityGrade.A, 3.8, 0.2)]
    [InlineData(ReliabilityGrade.B, 3.0, 1.0)]
    [InlineData(ReliabilityGrade.C, 2.0, 2.0)]
    [InlineData(ReliabilityGrade.D, 1.0, 3.0)]
    [InlineData(ReliabilityGrade.E, 0.2, 3.8)]
    [InlineData(ReliabilityGrade.F, 2.0, 2.0)]
    [InlineData(ReliabilityGrade.G, 0.2, 3.8)]
    public void FromGrade_EachLetter_PriorFromItsMispValue(ReliabilityGrade grade, double alpha, double beta)
    {
        // Given a grade and the default pseudo-count of 4
        // When the prior is built
        var prior = BetaReliability.FromGrade(grade);

        // Then α₀ = 4m and β₀ = 4(1 − m), A capped at 0.95 and E, G floored at 0.05
        Assert.Equal(alpha, prior.Alpha, 12);
        Assert.Equal(beta, prior.Beta, 12);
        Assert.Equal(prior.Alpha, prior.PriorAlpha);
        Assert.Equal(prior.Beta, prior.PriorBeta);
    }

    [Fact]
    public void FromGrade_Ungraded_IsTheFPrior()
    {
        // Given no grade
        // When the prior is built with a pseudo-count of 10
        var prior = BetaReliability.FromGrade(null, 10);

        // Then it is F's: mean one half, 5 and 5
        Assert.Equal(5, prior.Alpha, 12);
        Assert.Equal(5, prior.Beta, 12);
    }

    [Fact]
    public void Update_TwoHitsOneMiss_ExactPosteriorMean()
    {
        // Given a B source (3, 1)
        var belief = BetaReliability.FromGrade(ReliabilityGrade.B);

        // When two claims held and one failed
        belief = belief.Update(hit: true).Update(hit: true).Update(hit: false);

        // Then α = 5, β = 2 and the mean is 5/7
        Assert.Equal(5, belief.Alpha, 12);
        Assert.Equal(2, belief.Beta, 12);
        Assert.Equal(5.0 / 7, belief.Mean, 12);
    }

    [Fact]
    public void Forget_TwoPeriods_KeepsLambdaSquaredOfTheEvidenceAndAllOfThePrior()
    {
        // Given a B source (3, 1) after two hits and one miss: (5, 2)
        var belief = BetaReliability.FromGrade(ReliabilityGrade.B).Update(true).Update(true).Update(false);

        // When two periods pass with λ = 0.9
        var later = belief.Forget(2, 0.9);

        // Then the evidence weighs 0.81 of what it did: α = 3 + 0.81·2, β = 1 + 0.81·1
        Assert.Equal(4.62, later.Alpha, 12);
        Assert.Equal(1.81, later.Beta, 12);
        Assert.Equal(4.62 / 6.43, later.Mean, 12);
    }

    [Fact]
    public void Forget_ManyPeriods_ReturnsToTheGrade()
    {
        // Given a D source that was right ten times
        var belief = BetaReliability.FromGrade(ReliabilityGrade.D);
        for (var i = 0; i < 10; i++)
        {
            belief = belief.Update(true);
        }

        // When it stays silent for two hundred periods
        var silent = belief.Forget(200, 0.9);

        // Then its belief is back at its grade, not at nothing
        Assert.True(belief.Mean > 0.75);
        Assert.Equal(0.25, silent.Mean, 6);
        Assert.Equal(BetaReliability.FromGrade(ReliabilityGrade.D).StandardDeviation, silent.StandardDeviation, 6);
    }

    [Fact]
    public void StandardDeviation_BPrior_HandComputed()
    {
        // Given Beta(3, 1)
        var prior = BetaReliability.FromGrade(ReliabilityGrade.B);

        // When its spread is read
        // Then the variance is 3·1 / (4²·5) = 0.0375
        Assert.Equal(0.0375, prior.Variance, 12);
        Assert.Equal(Math.Sqrt(0.0375), prior.StandardDeviation, 12);
    }

    [Fact]
    public void StandardDeviation_MoreEvidence_Shrinks()
    {
        // Given an F source
        var prior = BetaReliability.FromGrade(null);

        // When it is right and wrong five times each
        var learnt = prior;
        for (var i = 0; i < 5; i++)
        {
            learnt = learnt.Update(true).Update(false);
        }

        // Then the mean is unchanged and Assay is surer of it
        Assert.Equal(prior.Mean, learnt.Mean, 12);
        Assert.True(learnt.StandardDeviation < prior.StandardDeviation);
    }

    [Fact]
    public void CredibleInterval_BPrior_CubeRootQuantiles()
    {
        // Given Beta(3, 1), whose distribution function is x³
        var prior = BetaReliability.FromGrade(ReliabilityGrade.B);

        // When its 90% interval is taken
        var (low, high) = prior.CredibleInterval();

        // Then its ends are the cube roots of 0.05 and 0.95
        Assert.Equal(Math.Cbrt(0.05), low, 9);
        Assert.Equal(Math.Cbrt(0.95), high, 9);
    }

    [Fact]
    public void CredibleInterval_CPrior_HandSolvedQuantiles()
    {
        // Given Beta(2, 2), whose distribution function is 3x² − 2x³
        var prior = BetaReliability.FromGrade(ReliabilityGrade.C);

        // When its 90% interval is taken
        var (low, high) = prior.CredibleInterval();

        // Then 3x² − 2x³ = 0.05 at x ≈ 0.135350, and the interval is symmetric about one half
        Assert.Equal(0.13535036, low, 7);
        Assert.Equal(1 - 0.13535036, high, 7);
    }
}
