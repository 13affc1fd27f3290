namespace Assay.Web.Api.Models;

/// <summary>One claim with the proposition it joins and the origin its attribution chain resolves to.</summary>
/// <remarks>
/// <c>proposition</c>: The proposition's id, or null when the claim joined none.<br/>
/// <c>proposition_label</c>: What the proposition states, briefly.<br/>
/// <c>origin</c>: The origin the claim rests on, or null when it joined no proposition.
/// </remarks>
public sealed record ClaimDetail(ClaimItem Claim, string? Proposition, string? PropositionLabel, OriginModel? Origin);
