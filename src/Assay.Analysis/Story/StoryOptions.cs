using Assay.Analysis.Propositions;

namespace Assay.Analysis.Story;

/// <summary>Settings of the story picture; the defaults are the documented method (docs/story.md).</summary>
public sealed record StoryOptions
{
    /// <summary>The documented defaults, without sentence embeddings.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>Embeds statements for grouping by meaning where lexical keys differ; null to group by keys only.</summary>
    public ISentenceEmbedder? Embedder { get; init; }

    /// <summary>Cosine similarity at or above which differently keyed propositions join without asking.</summary>
    public double JoinThreshold { get; init; } = 0.90;

    /// <summary>Cosine similarity at or above which (and below <see cref="JoinThreshold"/>) a merge is suggested.</summary>
    public double SuggestThreshold { get; init; } = 0.75;

    /// <summary>Cosine similarity at or above which a denial or debunking with no link of its own joins the earlier
    /// statement it is most like.</summary>
    public double AnswerSimilarity { get; init; } = 0.5;

    /// <summary>Without an embedder, the share of content words (Jaccard) at or above which a denial or debunking joins
    /// the earlier statement it is most like.</summary>
    public double AnswerWordOverlap { get; init; } = 0.15;

    /// <summary>Days between as-of dates beyond which the same words are a new proposition rather than a repeat.</summary>
    public int WindowDays { get; init; } = 45;

    /// <summary>Relative slack around a plain figure when comparing ("3,000" matches 2,940–3,060).</summary>
    public double ExactTolerance { get; init; } = 0.02;

    /// <summary>Relative slack around an approximate or vague figure.</summary>
    public double ApproximateTolerance { get; init; } = 0.10;

    /// <summary>How far an open figure reaches past its bound ("more than 10,000" → up to 15,000).</summary>
    public double OpenTailFactor { get; init; } = 0.5;

    /// <summary>Correlation given to a claim that shares its origin only through a suspected copy (odd figures), when no
    /// wording similarity is known.</summary>
    public double CopyCorrelation { get; init; } = 0.8;

    /// <summary>Largest block of propositions compared pairwise by meaning; bigger blocks are split by date.</summary>
    public int MaxSemanticBlock { get; init; } = 256;

    /// <summary>Copy detection settings.</summary>
    public CopyDetectionOptions CopyDetection { get; init; } = CopyDetectionOptions.Default;
}
