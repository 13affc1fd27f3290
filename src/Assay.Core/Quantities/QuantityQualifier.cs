namespace Assay.Core.Quantities;

/// <summary>How a number was qualified in the text.</summary>
public enum QuantityQualifier
{
    /// <summary>A plain figure ("1,500 troops").</summary>
    Exact,

    /// <summary>"about", "around", "some", "roughly", "nearly", "approximately".</summary>
    Approximate,

    /// <summary>"at least", "no fewer than": low bound inclusive, no high bound.</summary>
    AtLeast,

    /// <summary>"more than", "over", "upwards of": low bound exclusive, no high bound.</summary>
    MoreThan,

    /// <summary>"up to", "as many as", "at most": high bound inclusive, no low bound.</summary>
    UpTo,

    /// <summary>"fewer than", "under", "less than": high bound exclusive, no low bound.</summary>
    LessThan,

    /// <summary>"between X and Y", "X to Y", "X–Y": both bounds.</summary>
    Range,

    /// <summary>"dozens", "hundreds", "several thousand": a vague range with documented bounds.</summary>
    Vague,
}
