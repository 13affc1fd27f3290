namespace Assay.Web.Api.Models;

/// <summary>A proposition with its claims, origins, contradictions and the analysis notes.</summary>
/// <remarks>
/// <c>joins</c>: Propositions it was joined with by meaning.
/// </remarks>
public sealed record PropositionDetail(
    PropositionSummary Proposition,
    IReadOnlyList<PropositionClaimModel> Claims,
    IReadOnlyList<OriginModel> Origins,
    IReadOnlyList<ContradictionModel> Contradictions,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Joins);
