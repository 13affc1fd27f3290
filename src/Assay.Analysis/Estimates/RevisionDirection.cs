namespace Assay.Analysis.Estimates;

/// <summary>How a figure moved from the same origin's previous like-for-like figure.</summary>
public enum RevisionDirection
{
    /// <summary>No earlier figure of the same scope and status from this origin.</summary>
    First,

    /// <summary>Same bounds and qualifier as before.</summary>
    Unchanged,

    /// <summary>Both bounds at or above the previous ones, at least one strictly.</summary>
    Up,

    /// <summary>Both bounds at or below the previous ones, at least one strictly.</summary>
    Down,

    /// <summary>Lower bound fell and upper bound rose.</summary>
    Widened,

    /// <summary>Lower bound rose and upper bound fell.</summary>
    Narrowed,

    /// <summary>Same bounds, different qualifier ("10,000" then "more than 10,000").</summary>
    Requalified,
}
