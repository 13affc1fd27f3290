using Assay.Analysis.Estimates;

namespace Assay.Analysis.Tests.Estimates;

public sealed class DistributionTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.2815515655, 0.9)]
    [InlineData(-1.6448536270, 0.05)]
    [InlineData(3.0, 0.9986501020)]
    public void StandardNormalCdf_KnownPoints_MatchTables(double z, double expected)
    {
        // Given a z with a tabulated Φ(z)
        // When the CDF is computed
        // Then it agrees to 1e-7
        Assert.Equal(expected, StandardNormal.Cdf(z), 1e-7);
    }

    [Fact]
    public void TriangularQuantile_SymmetricRange_MatchesClosedForm()
    {
        // Given a symmetric triangular distribution over [10,000, 12,000]
        var triangle = new TriangularDistribution(10_000, 11_000, 12_000);

        // Then the median is the peak and P10 solves (x − 10,000)² = 0.1 · 2,000 · 1,000
        Assert.Equal(11_000, Quantiles.Find(triangle, 0.5), 1e-6);
        Assert.Equal(10_000 + Math.Sqrt(200_000), Quantiles.Find(triangle, 0.1), 1e-6);
        Assert.Equal(12_000 - Math.Sqrt(200_000), Quantiles.Find(triangle, 0.9), 1e-6);
    }

    [Fact]
    public void Pool_TriangularShape_UsesTriangleOverTheRange()
    {
        // Given the triangular option
        var options = PoolingOptions.Default with { Shape = RangeShape.Triangular };

        // When one range is pooled
        var range = EstimateAnalysis.Pool([Points.Range(10_000, 12_000)], options).Groups[0].LinearPool!.Value;

        // Then the result is the triangle's quantiles
        Assert.Equal(10_447.2, range.P10, 0.1);
        Assert.Equal(11_000, range.Median, 0.01);
    }

    [Fact]
    public void Recency_HalfLife_HalvesPerHalfLifeAndNeverExceedsOne()
    {
        // Given a 60-day half-life
        var reference = new DateOnly(2025, 1, 1);

        // Then weights halve every 60 days and future-dated figures count fully
        Assert.Equal(1.0, EstimatePooler.Recency(reference, reference, 60));
        Assert.Equal(0.5, EstimatePooler.Recency(reference.AddDays(-60), reference, 60), 1e-12);
        Assert.Equal(0.125, EstimatePooler.Recency(reference.AddDays(-180), reference, 60), 1e-12);
        Assert.Equal(1.0, EstimatePooler.Recency(reference.AddDays(10), reference, 60));
    }

    [Theory]
    [InlineData(ReliabilityGrade.A, 1.0)]
    [InlineData(ReliabilityGrade.B, 0.75)]
    [InlineData(ReliabilityGrade.C, 0.5)]
    [InlineData(ReliabilityGrade.D, 0.25)]
    [InlineData(ReliabilityGrade.E, 0.0)]
    [InlineData(ReliabilityGrade.F, 0.5)]
    public void Weight_AdmiraltyLetter_IsMispValueOverHundred(ReliabilityGrade grade, double expected)
    {
        // Given a letter, then its weight is the MISP value / 100
        Assert.Equal(expected, ReliabilityGrades.Weight(grade));
    }

    [Fact]
    public void EstimatePoint_InvalidInputs_Throw()
    {
        // Given caller bugs: reversed bounds, no bounds, independence out of (0, 1]
        // Then construction throws
        Assert.Throws<ArgumentException>(() => Points.Range(12_000, 10_000));
        Assert.Throws<ArgumentException>(() => new EstimatePoint(
            Points.Day0, "nis", Points.Troops, null, null, Core.Quantities.QuantityQualifier.Exact, EstimateStatus.Assessment, ReliabilityGrade.B));
        Assert.Throws<ArgumentOutOfRangeException>(() => Points.Range(1, 2) with { Independence = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ReliabilityGrades.IndependenceFromClusterSize(0));
    }
}
