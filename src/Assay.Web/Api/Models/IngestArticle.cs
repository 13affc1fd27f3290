namespace Assay.Web.Api.Models;

/// <summary>An article sent as JSON to be ingested (other field names the JSON reader knows are accepted too).</summary>
/// <remarks>
/// <c>text</c>: The article text; paragraphs separated by blank lines.<br/>
/// <c>published</c>: ISO 8601 date or date-time.
/// </remarks>
public sealed record IngestArticle(string? Title, string? Outlet, string? Published, string? Url, string Text);
