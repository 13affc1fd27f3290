using Assay.Analysis.Estimates;
using Assay.Core.Quantities;

namespace Assay.Analysis.Tests.Estimates;

/// <summary>Short builders for estimate points in tests.</summary>
internal static class Points
{
    public static readonly DateOnly Day0 = new(2024, 10, 18);

    public const string Troops = "north korean troops in russia";

    public static EstimatePoint Range(
        double low,
        double high,
        string origin = "nis",
        int day = 0,
        ReliabilityGrade grade = ReliabilityGrade.B,
        EstimateStatus status = EstimateStatus.Assessment,
        string scope = "") =>
        new(Day0.AddDays(day), origin, Troops, low, high, QuantityQualifier.Range, status, grade) { Scope = scope };

    public static EstimatePoint Figure(
        double value,
        QuantityQualifier qualifier = QuantityQualifier.Exact,
        string origin = "nis",
        int day = 0,
        ReliabilityGrade grade = ReliabilityGrade.B,
        EstimateStatus status = EstimateStatus.Assessment,
        string scope = "") =>
        new(Day0.AddDays(day), origin, Troops, value, value, qualifier, status, grade) { Scope = scope };

    public static EstimatePoint MoreThan(double value, string origin = "hur", int day = 0) =>
        new(Day0.AddDays(day), origin, Troops, value, null, QuantityQualifier.MoreThan, EstimateStatus.Assessment, ReliabilityGrade.B);

    public static EstimatePoint UpTo(double value, string origin = "hur", int day = 0) =>
        new(Day0.AddDays(day), origin, Troops, null, value, QuantityQualifier.UpTo, EstimateStatus.Assessment, ReliabilityGrade.B);

    public static PoolingOptions Uniform { get; } = new() { Shape = RangeShape.Uniform };
}
