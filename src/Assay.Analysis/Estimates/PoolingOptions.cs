namespace Assay.Analysis.Estimates;

/// <summary>Settings of the estimate pool; the defaults are the documented method (docs/estimates.md).</summary>
public sealed record PoolingOptions
{
    /// <summary>The documented defaults.</summary>
    public static PoolingOptions Default { get; } = new();

    /// <summary>Distribution a stated range becomes.</summary>
    public RangeShape Shape { get; init; } = RangeShape.Lognormal;

    /// <summary>Days after which a figure's recency weight halves.</summary>
    public double HalfLifeDays { get; init; } = 90;

    /// <summary>Date recency is measured from; null means the latest as-of date in each group.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>When true, only each origin's latest figure in a group is pooled; its earlier ones are superseded.</summary>
    public bool LatestPerOrigin { get; init; } = true;

    /// <summary>Relative half-width given to a plain figure ("3,000" → 2,940–3,060).</summary>
    public double ExactSpread { get; init; } = 0.02;

    /// <summary>Relative half-width given to an approximate figure ("about 11,000" → 9,900–12,100).</summary>
    public double ApproximateSpread { get; init; } = 0.10;

    /// <summary>How far past its bound an open figure reaches ("more than 10,000" → 10,000–15,000).</summary>
    public double OpenTailFactor { get; init; } = 0.5;
}
