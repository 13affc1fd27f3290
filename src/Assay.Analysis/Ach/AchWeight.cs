namespace Assay.Analysis.Ach;

/// <summary>How much an evidence item counts, for its credibility or its relevance.</summary>
/// <remarks>In the weighted inconsistency score High weighs √2, Medium 1 and Low 1/√2 (PARC ACH's technical
/// description), so High·High = 2 and Low·Low = 1/2.</remarks>
public enum AchWeight
{
    /// <summary>Counts as 1 (the default).</summary>
    Medium,

    /// <summary>Counts as √2.</summary>
    High,

    /// <summary>Counts as 1/√2.</summary>
    Low,
}
