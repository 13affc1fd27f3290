using Assay.Analysis.Reliability;

namespace Assay.Interop.Stix;

/// <summary>An analyst's resolution of a proposition, as carried in Assay's extension on a note: anchored on a claim
/// named by its article's content hash and its claim id, so it finds the claim in any store.</summary>
/// <param name="ContentHash">Content hash of the article holding the anchor claim.</param>
/// <param name="ClaimId">The anchor claim's id in that article ("c3").</param>
/// <param name="Outcome">Confirmed or refuted.</param>
/// <param name="Value">The true figure, when the analyst gave one.</param>
/// <param name="Note">The analyst's note, when there was one.</param>
public sealed record StixResolution(string ContentHash, string ClaimId, ResolutionOutcome Outcome, double? Value, string? Note);
