using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>A claim cited by a briefing, as its closing list shows it.</summary>
/// <param name="Ref">The claim.</param>
/// <param name="Outlet">Who published it; null when unknown.</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="Source">Who it is credited to.</param>
/// <param name="Text">Its sentence as extracted; empty when the claim is not in the picture.</param>
public sealed record BriefingClaim(ClaimRef Ref, string? Outlet, DateOnly? Published, string Source, string Text);
