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

    /// <summary>Number of distinct origins in the group.</summary>
    public int OriginCount => Estimates.Select(e => e.Point.OriginId).Distinct(StringComparer.Ordinal).Count();
}
