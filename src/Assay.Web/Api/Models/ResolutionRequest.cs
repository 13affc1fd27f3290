namespace Assay.Web.Api.Models;

/// <summary>What a proposition turned out to be.</summary>
/// <remarks>
/// <c>outcome</c>: "confirmed" or "refuted".<br/>
/// <c>value</c>: The true figure, when one is known.<br/>
/// <c>note</c>: Why, or on what evidence.
/// </remarks>
public sealed record ResolutionRequest(string? Outcome, double? Value, string? Note);
