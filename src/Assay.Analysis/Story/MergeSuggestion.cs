namespace Assay.Analysis.Story;

/// <summary>Two propositions worded differently that may state the same thing, for the analyst to confirm
/// (<c>assay merge</c>).</summary>
public sealed record MergeSuggestion(string PropositionId, string OtherPropositionId, ClaimRef Claim, ClaimRef OtherClaim, double Similarity);
