namespace Assay.Web.Api.Models;

/// <summary>A new, empty matrix.</summary>
/// <remarks>
/// <c>name</c>: One word without spaces ("troops", "kursk-2024").<br/>
/// <c>note</c>: The question, or a note.
/// </remarks>
public sealed record AchNewRequest(string? Name, string? Title, string? Note);
