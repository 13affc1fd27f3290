namespace Assay.Analysis.Story;

/// <summary>How a claim bears on the proposition it joins.</summary>
public enum ClaimRole
{
    /// <summary>States it (asserted, reported, confirmed or speculated).</summary>
    Supports,

    /// <summary>Denies it, or shows it false (denied, refuted).</summary>
    Contradicts,

    /// <summary>Neither states nor denies it: the source has not acknowledged or confirmed it ("Moscow has not
    /// acknowledged the deployment"). Shown with the proposition, counted on neither side and in no track record.</summary>
    Withholds,
}
