namespace Assay.Web.Api.Models;

/// <summary>The body of POST /imports/url.</summary>
/// <param name="Url">The article's address, http or https.</param>
public sealed record UrlImportRequest(string? Url);
