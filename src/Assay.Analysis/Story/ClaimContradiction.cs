namespace Assay.Analysis.Story;

/// <summary>Two claims that cannot both hold, shown side by side; the propositions are the same for a stance
/// contradiction inside one proposition.</summary>
public sealed record ClaimContradiction(
    ContradictionKind Kind,
    string PropositionId,
    ClaimRef Claim,
    string OtherPropositionId,
    ClaimRef OtherClaim,
    string Reason);
