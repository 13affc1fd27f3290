using Assay.Analysis.Estimates;
using Assay.Core.Quantities;
using Xunit.Abstractions;

namespace Assay.Analysis.Tests.Estimates;

/// <summary>The worked example of docs/estimates.md; its figures must match the document.</summary>
public sealed class WorkedExampleTests(ITestOutputHelper output)
{
    private static readonly EstimatePoint[] Example =
    [
        Point("nis", new(2024, 10, 18), 1_500, 1_500, QuantityQualifier.Exact, ReliabilityGrade.B),
        Point("nis", new(2024, 10, 23), 3_000, 3_000, QuantityQualifier.Exact, ReliabilityGrade.B),
        Point("pentagon", new(2024, 10, 28), 10_000, 12_000, QuantityQualifier.Range, ReliabilityGrade.B),
        Point("hur", new(2024, 11, 5), 11_000, 11_000, QuantityQualifier.Approximate, ReliabilityGrade.C),
        Point("nis", new(2024, 11, 13), 10_000, null, QuantityQualifier.MoreThan, ReliabilityGrade.B),
    ];

    private static EstimatePoint Point(string origin, DateOnly asOf, double low, double? high, QuantityQualifier qualifier, ReliabilityGrade grade) =>
        new(asOf, origin, Points.Troops, low, high, qualifier, EstimateStatus.Assessment, grade) { Scope = "in Russia" };

    [Fact]
    public void WorkedExample_NisSeries_RisesTwice()
    {
        // Given the example, when NIS's series is built
        var series = EstimateAnalysis.Revisions(Example, "nis", Points.Troops);

        // Then 1,500 → 3,000 → more than 10,000, both changes upward
        Assert.Equal([RevisionDirection.First, RevisionDirection.Up, RevisionDirection.Up], series.Steps.Select(s => s.Direction));
    }

    [Fact]
    public void WorkedExample_Pool_MatchesTheDocument()
    {
        // Given the example, when pooled with the defaults
        var group = Assert.Single(EstimateAnalysis.Pool(Example).Groups);
        foreach (var e in group.Estimates)
        {
            output.WriteLine($"{e.Point.OriginId} {e.Point.AsOf} [{e.SupportLow:F0}, {e.SupportHigh:F0}] r={e.Reliability} i={e.Independence} t={e.Recency:F4} w={e.Weight:F4} sup={e.Superseded}");
        }

        var linear = group.LinearPool!.Value;
        var averaged = group.QuantileAverage!.Value;
        output.WriteLine($"linear {linear.P10:F1} {linear.Median:F1} {linear.P90:F1}");
        output.WriteLine($"averaged {averaged.P10:F1} {averaged.Median:F1} {averaged.P90:F1}");
        output.WriteLine($"raw {group.RawLow} {group.RawHigh} openAbove={group.OpenAbove}");

        // Then the pooled figures are those printed in docs/estimates.md
        Assert.Equal(new DateOnly(2024, 11, 13), group.ReferenceDate);
        Assert.Equal([true, true, false, false, false], group.Estimates.Select(e => e.Superseded));
        Assert.Equal((10_000, 12_000), (group.RawLow, group.RawHigh));
        Assert.True(group.OpenAbove);
        Assert.Equal(10_258, linear.P10, 1.0);
        Assert.Equal(11_247, linear.Median, 1.0);
        Assert.Equal(13_306, linear.P90, 1.0);
        Assert.Equal(11_481, averaged.Median, 1.0);
    }
}
