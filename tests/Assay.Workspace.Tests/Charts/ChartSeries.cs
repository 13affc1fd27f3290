using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Core.Quantities;

namespace Assay.Workspace.Tests.Charts;

/// <summary>Hand-built estimate series for chart tests: the figures given for one counted subject, as public
/// reporting on North Korean troops in Russia gave them in autumn 2024 (dates rounded to the reporting day).</summary>
internal static class ChartSeries
{
    private const string Subject = "north korean troops";
    private const string Scope = "Russia";

    /// <summary>Five origins: revisions up, a range, an "up to" and a "more than", plus one refuted figure.</summary>
    public static SubjectSeries Example()
    {
        var nis1 = Point("nis", "South Korea's NIS", 2024, 10, 18, 1_500, 1_500, QuantityQualifier.Exact, ReliabilityGrade.B);
        var nis2 = Point("nis", "South Korea's NIS", 2024, 10, 23, 3_000, 3_000, QuantityQualifier.Exact, ReliabilityGrade.B);
        var nis3 = Point("nis", "South Korea's NIS", 2024, 11, 13, 10_000, 12_000, QuantityQualifier.Range, ReliabilityGrade.B);
        var pentagon1 = Point("pentagon", "Pentagon", 2024, 10, 28, 10_000, 10_000, QuantityQualifier.Approximate, ReliabilityGrade.B);
        var pentagon2 = Point("pentagon", "Pentagon", 2024, 12, 16, 11_000, 12_000, QuantityQualifier.Range, ReliabilityGrade.B);
        var hur = Point("hur", "Ukraine's HUR", 2024, 11, 5, 11_000, 11_000, QuantityQualifier.Approximate, ReliabilityGrade.C);
        var upTo = Point("zelensky", "Ukraine's president", 2024, 10, 30, null, 12_000, QuantityQualifier.UpTo, ReliabilityGrade.C);
        var moreThan = Point("nato", "NATO", 2024, 11, 25, 10_000, null, QuantityQualifier.MoreThan, ReliabilityGrade.B);
        var refuted = Point("channel", "an anonymous channel", 2024, 11, 8, 5_000, 5_000, QuantityQualifier.Exact, ReliabilityGrade.F);

        var points = new List<SeriesPoint>
        {
            Step(nis1, RevisionDirection.First, null),
            Step(nis2, RevisionDirection.Up, nis1),
            Step(pentagon1, RevisionDirection.First, null),
            Step(upTo, RevisionDirection.First, null),
            Step(hur, RevisionDirection.First, null),
            Step(refuted, RevisionDirection.First, null, "refuted"),
            Step(nis3, RevisionDirection.Up, nis2),
            Step(moreThan, RevisionDirection.First, null),
            Step(pentagon2, RevisionDirection.Up, pentagon1),
        };
        return Series(points);
    }

    /// <summary>A series of the given points, pooled the way the series builder pools: excluded points left out.</summary>
    public static SubjectSeries Series(IReadOnlyList<SeriesPoint> points) =>
        new(Subject, Subject, points, EstimateAnalysis.Pool(points.Where(p => p.Excluded is null).Select(p => p.Point)));

    /// <summary>One origin's figure, as an assessment in Russia unless said otherwise.</summary>
    public static EstimatePoint Point(
        string id, string name, int year, int month, int day, double? low, double? high, QuantityQualifier qualifier,
        ReliabilityGrade grade, EstimateStatus status = EstimateStatus.Assessment) =>
        new(new DateOnly(year, month, day), id, Subject, low, high, qualifier, status, grade) { OriginName = name, Scope = Scope };

    /// <summary>The chart's x for the point's date (OLE automation days, as ScottPlot's date axis reads them).</summary>
    public static double X(EstimatePoint point) => point.AsOf.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>The point as a series step carried by one claim.</summary>
    public static SeriesPoint Step(EstimatePoint point, RevisionDirection revision, EstimatePoint? previous, string? excluded = null) =>
        new(point, [new ClaimRef(1, "c" + point.OriginId)], ["an outlet"], revision, previous, excluded);
}
