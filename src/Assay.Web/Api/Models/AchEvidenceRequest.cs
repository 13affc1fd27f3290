namespace Assay.Web.Api.Models;

/// <summary>An evidence item to add as the matrix's next row.</summary>
/// <remarks>
/// <c>credibility</c>: high, medium (default) or low.<br/>
/// <c>relevance</c>: high, medium (default) or low.<br/>
/// <c>type</c>: What kind of evidence (default OSINT).<br/>
/// <c>proposition</c>: The proposition it rests on; when it has a single origin, that origin is taken too.
/// </remarks>
public sealed record AchEvidenceRequest(
    string? Text,
    string? Credibility,
    string? Relevance,
    string? Type,
    DateTimeOffset? Date,
    string? Code,
    string? Note,
    string? Link,
    string? Proposition,
    string? Origin);
