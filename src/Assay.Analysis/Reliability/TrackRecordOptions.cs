namespace Assay.Analysis.Reliability;

/// <summary>How track records are learnt: the prior's weight, forgetting, the date they are taken at and the interval
/// score's α (docs/sources.md).</summary>
public sealed record TrackRecordOptions
{
    /// <summary>The documented defaults.</summary>
    public static TrackRecordOptions Default { get; } = new();

    /// <summary>n₀: how many resolved claims the analyst's grade weighs as (4).</summary>
    public double PriorCount { get; init; } = BetaReliability.DefaultPriorCount;

    /// <summary>λ: the share of the evidence kept per period of age (0.9); 1 forgets nothing.</summary>
    public double Forgetting { get; init; } = 0.9;

    /// <summary>The forgetting period (30 days).</summary>
    public TimeSpan Period { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The date records are taken at; null for the latest resolution's time, so that a record changes only
    /// when a decision does, never with the wall clock.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>α of the interval score: stated ranges are read as central (1 − α) intervals (0.1).</summary>
    public double IntervalAlpha { get; init; } = IntervalScore.DefaultAlpha;
}
