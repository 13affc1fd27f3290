namespace Assay.Analysis.Story;

/// <summary>One claim inside a proposition, with the origin it resolves to and how it bears on the proposition.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Origin">Its origin after following the attribution chain and copy links.</param>
/// <param name="Role">Supports or contradicts.</param>
/// <param name="Subject">Its normalised subject.</param>
/// <param name="AsOf">The date the claim speaks of: its own date when it gives one, else its publication date.</param>
/// <param name="DerivedFrom">The copy link through which its origin was found, when it was.</param>
public sealed record PropositionClaim(StoryClaim Claim, Origin Origin, ClaimRole Role, Subject Subject, DateOnly? AsOf, DerivedLink? DerivedFrom);
