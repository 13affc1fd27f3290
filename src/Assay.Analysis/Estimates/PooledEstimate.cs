namespace Assay.Analysis.Estimates;

/// <summary>The best-supported current range for one like-for-like group, beside its raw spread.</summary>
/// <remarks>
/// <see cref="LinearPool"/> is the headline (weighted mixture of the distributions; wide where sources disagree);
/// <see cref="QuantileAverage"/> is the sharper weighted average of quantiles, shown for comparison. Both are
/// null when every estimate in the group weighs nothing (all graded E or G). The raw spread runs from the
/// smallest to the largest stated bound of the current (not superseded) figures; <see cref="OpenBelow"/> / <see cref="OpenAbove"/> say that some
/// figure was open on that side ("up to", "more than"), so the true raw spread extends past it.
/// </remarks>
public sealed record PooledEstimate(
    LikeKey Key,
    DateOnly ReferenceDate,
    IReadOnlyList<WeightedEstimate> Estimates,
    double RawLow,
    double RawHigh,
    bool OpenBelow,
    bool OpenAbove,
    PooledRange? LinearPool,
    PooledRange? QuantileAverage)
{
    /// <summary>Sum of the estimates' weights.</summary>
    public double TotalWeight => Estimates.Sum(e => e.Weight);

    /// <summary>The share of the pooled weight (reliability × independence × recency) carried by the current figures
    /// that meet the range <paramref name="low"/>–<paramref name="high"/>; null when nothing in the group weighs anything.</summary>
    /// <remarks>A null bound is open. A figure meets the range when its stated bounds overlap it ("more than 10,000"
    /// meets 9,000–13,000); superseded figures weigh nothing.</remarks>
    public double? ShareWithin(double? low, double? high)
    {
        var total = TotalWeight;
        if (total <= 0)
        {
            return null;
        }

        var within = Estimates.Where(e => Meets(e.Point, low, high)).Sum(e => e.Weight);
        return Math.Clamp(within / total, 0, 1);
    }

    /// <summary>True when the point's stated bounds overlap the range (inclusive; null bounds are open).</summary>
    internal static bool Meets(EstimatePoint point, double? low, double? high) =>
        (point.High ?? double.PositiveInfinity) >= (low ?? 0) && (point.Low ?? 0) <= (high ?? double.PositiveInfinity);

    /// <summary>Number of distinct origins in the group.</summary>
    public int OriginCount => Estimates.Select(e => e.Point.OriginId).Distinct(StringComparer.Ordinal).Count();
}
