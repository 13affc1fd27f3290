namespace Assay.Analysis.Ach;

/// <summary>How a matrix is scored.</summary>
public enum AchScoreMode
{
    /// <summary>PARC's weighted inconsistency: Σ Cred·Rel·v over the items; least negative leads.</summary>
    Weighted,

    /// <summary>PARC's plain inconsistency: Σ v (I −1, II −2) over the items; least negative leads.</summary>
    Inconsistency,

    /// <summary>Each cell read as P(E|H), shrunk by credibility, one vote per origin; normalised posteriors, highest leads.</summary>
    Likelihood,
}
