namespace Assay.Web.Api.Models;

/// <summary>How consistent an item is with a hypothesis: CC, C, N, I, II or NA.</summary>
public sealed record AchRatingRequest(string? Rating, string? Note);
