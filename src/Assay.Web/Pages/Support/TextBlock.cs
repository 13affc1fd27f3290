namespace Assay.Web.Pages.Support;

/// <summary>Consecutive runs of article text inside one claim's evidence, or outside any claim.</summary>
/// <param name="ClaimId">The claim whose evidence this is ("c3"), or null.</param>
/// <param name="Runs">The runs in text order.</param>
/// <param name="ClaimEnds">True when the claim's evidence ends here, where its reference mark goes.</param>
public sealed record TextBlock(string? ClaimId, IReadOnlyList<TextRun> Runs, bool ClaimEnds);
