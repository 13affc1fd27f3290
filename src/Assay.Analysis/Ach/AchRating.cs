namespace Assay.Analysis.Ach;

/// <summary>How an evidence item bears on one hypothesis: "if this hypothesis were true, how likely would I see it?"</summary>
/// <remarks>A cell never rated has no <see cref="AchRating"/> at all (null), which is not the same as <see cref="NA"/>:
/// the scores treat both alike, but the matrix shows which cells are still to be rated.</remarks>
public enum AchRating
{
    /// <summary>Neutral: the item can be read both ways.</summary>
    N,

    /// <summary>Very consistent: compelling support.</summary>
    CC,

    /// <summary>Consistent.</summary>
    C,

    /// <summary>Inconsistent.</summary>
    I,

    /// <summary>Very inconsistent: compelling against.</summary>
    II,

    /// <summary>Not applicable: the item says nothing about this hypothesis.</summary>
    NA,
}
