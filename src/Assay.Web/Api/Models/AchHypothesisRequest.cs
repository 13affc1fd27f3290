namespace Assay.Web.Api.Models;

/// <summary>A hypothesis to add as the matrix's next column.</summary>
public sealed record AchHypothesisRequest(string? Text, string? Note);
