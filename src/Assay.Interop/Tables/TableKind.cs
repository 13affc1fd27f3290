namespace Assay.Interop.Tables;

/// <summary>Which table to export.</summary>
public enum TableKind
{
    /// <summary>One row per claim: the claim CSV's columns plus the proposition and origin it belongs to.</summary>
    Claims,

    /// <summary>One row per proposition of the picture, strongest first.</summary>
    Propositions,

    /// <summary>One row per point of every estimate series, with the pooled range of its like-for-like group.</summary>
    Estimates,
}
