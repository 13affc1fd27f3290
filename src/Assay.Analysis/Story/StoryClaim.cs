using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Time;

namespace Assay.Analysis.Story;

/// <summary>One stored claim as the story analysis sees it: where it was published, and what it says.</summary>
/// <param name="Ref">The claim's name in the store.</param>
/// <param name="Outlet">Who published the article; null when the article does not say.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Claim">The claim as extracted.</param>
/// <param name="Quantity">Its figure, when it has one.</param>
/// <param name="Time">The time it refers to, when found.</param>
public sealed record StoryClaim(ClaimRef Ref, string? Outlet, DateOnly? Published, Claim Claim, Quantity? Quantity, TimeRef? Time);
