namespace Assay.Web.Api.Models;

/// <summary>A claim ("6/c4") to take out of the proposition it was grouped into.</summary>
public sealed record SplitRequest(string? Claim, string? Note);
