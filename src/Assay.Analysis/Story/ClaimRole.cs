namespace Assay.Analysis.Story;

/// <summary>How a claim bears on the proposition it joins.</summary>
public enum ClaimRole
{
    /// <summary>States it (asserted, reported, confirmed or speculated).</summary>
    Supports,

    /// <summary>Denies it, or shows it false (denied, refuted).</summary>
    Contradicts,
}
