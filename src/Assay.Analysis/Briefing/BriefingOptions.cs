namespace Assay.Analysis.Briefing;

/// <summary>Knobs of the briefing builder; <see cref="Default"/> holds the documented values (docs/briefing.md).</summary>
public sealed record BriefingOptions
{
    /// <summary>The documented defaults.</summary>
    public static BriefingOptions Default { get; } = new();

    /// <summary>Most key judgments to state.</summary>
    public int MaxJudgments { get; init; } = 8;

    /// <summary>Most estimate subjects to report (by claims).</summary>
    public int MaxSubjects { get; init; } = 3;

    /// <summary>Most revisions to state per subject.</summary>
    public int MaxRevisions { get; init; } = 5;

    /// <summary>Most items per list section (contradictions, changes).</summary>
    public int MaxItems { get; init; } = 12;

    /// <summary>q of the witness model: how often an unreliable source asserts the claim anyway.</summary>
    public double GuessRate { get; init; } = 0.5;

    /// <summary>Reliability assumed for an origin with no record (Admiralty F's prior mean).</summary>
    public double UngradedReliability { get; init; } = 0.5;

    /// <summary>How far a judgment's figure is widened on each side when it is measured against the pooled estimate:
    /// figures within a tenth of each other are the same figure rounded differently.</summary>
    public double FigureTolerance { get; init; } = 0.1;

    /// <summary>A subject whose figures' high over low exceeds this is a gap: the range is too wide to act on.</summary>
    public double WideSpread { get; init; } = 3;

    /// <summary>An origin carrying at least this many of a judgment's mentions, and half or more of them, is named as
    /// the root of circular reporting.</summary>
    public int CircularMentions { get; init; } = 3;

    /// <summary>The title when none is given.</summary>
    public string Title { get; init; } = "Briefing";
}
