using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Core.Quantities;

namespace Assay.Cli.Tests.Support;

/// <summary>A hand-built estimate series for rendering tests.</summary>
internal static class SeriesSamples
{
    private static readonly DateOnly Day0 = new(2024, 10, 18);

    /// <summary>North Korean troops in Russia: the NIS revising upwards, the Pentagon, HUR, and one excluded figure.</summary>
    public static SubjectSeries Troops()
    {
        var nis1 = Point(0, "source:nis", "NIS", 1500, 1500, QuantityQualifier.Approximate);
        var nis2 = Point(5, "source:nis", "NIS", 3000, 3000, QuantityQualifier.Approximate);
        var pentagon = Point(10, "source:dod", "Pentagon", 10000, 10000, QuantityQualifier.Approximate);
        var hur = Point(18, "source:hur", "HUR", 11000, 11000, QuantityQualifier.Approximate);
        var nis3 = Point(33, "source:nis", "NIS", 10000, 12000, QuantityQualifier.Range);
        var video = Point(4, "outlet:kyiv post", "Kyiv Post", 24, 99, QuantityQualifier.Vague);
        SeriesPoint[] points =
        [
            new(nis1, [new ClaimRef(6, "c1"), new ClaimRef(7, "c1")], ["Yonhap", "Korea JoongAng Daily"], RevisionDirection.First, null, null),
            new(video, [new ClaimRef(12, "c4")], ["Kyiv Post"], RevisionDirection.First, null, "refuted"),
            new(nis2, [new ClaimRef(10, "c2")], ["Yonhap"], RevisionDirection.Up, nis1, null),
            new(pentagon, [new ClaimRef(14, "c1"), new ClaimRef(15, "c1")], ["U.S. Department of Defense", "AP News"], RevisionDirection.First, null, null),
            new(hur, [new ClaimRef(17, "c1")], ["The Kyiv Independent"], RevisionDirection.First, null, null),
            new(nis3, [new ClaimRef(18, "c3")], ["Yonhap"], RevisionDirection.Up, nis2, null),
        ];
        var pool = EstimateAnalysis.Pool(points.Where(p => p.Excluded is null).Select(p => p.Point));
        return new SubjectSeries("north-korea troops", "north korean troops", points, pool);
    }

    private static EstimatePoint Point(int day, string origin, string name, double low, double high, QuantityQualifier qualifier) =>
        new(Day0.AddDays(day), origin, "north-korea troops", low, high, qualifier, EstimateStatus.Assessment, ReliabilityGrade.F)
        {
            OriginName = name,
            Scope = "Russia",
        };
}
