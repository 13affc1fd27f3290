namespace Assay.Web.Api.Models;

/// <summary>Two propositions (ids such as "p6.c4", or claim references such as "6/c4") that state the same thing.</summary>
public sealed record MergeRequest(string? First, string? Second, string? Note);
