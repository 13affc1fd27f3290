namespace Assay.Web.Api.Models;

/// <summary>An Admiralty reliability grade for an origin.</summary>
/// <remarks>
/// <c>grade</c>: The letter, A (completely reliable) to F (cannot be judged).
/// </remarks>
public sealed record GradeRequest(string? Grade, string? Note);
