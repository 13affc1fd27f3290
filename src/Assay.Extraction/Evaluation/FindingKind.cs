namespace Assay.Extraction.Evaluation;

/// <summary>What went wrong with one quantity.</summary>
public enum FindingKind
{
    /// <summary>A gold quantity no prediction overlaps.</summary>
    Miss,

    /// <summary>A predicted quantity no gold quantity overlaps.</summary>
    FalseHit,

    /// <summary>A matched pair with at least one field wrong.</summary>
    Wrong,
}
