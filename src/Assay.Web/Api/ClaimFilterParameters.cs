using Microsoft.AspNetCore.Mvc;

namespace Assay.Web.Api;

/// <summary>The claim filters as query parameters, all text so a bad value gets a 400 naming it (see <see cref="ClaimFilter"/>).</summary>
internal sealed class ClaimFilterParameters
{
    /// <summary>Substring of the counted subject or the theme.</summary>
    [FromQuery(Name = "subject")]
    public string? Subject { get; init; }

    /// <summary>Substring of the source or any intermediary in its chain.</summary>
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    /// <summary>asserted, reported, speculated, confirmed, denied or refuted.</summary>
    [FromQuery(Name = "stance")]
    public string? Stance { get; init; }

    /// <summary>The claim's event type (deploy, casualties, …).</summary>
    [FromQuery(Name = "event")]
    public string? Event { get; init; }

    /// <summary>Published on or after this ISO 8601 date.</summary>
    [FromQuery(Name = "since")]
    public string? Since { get; init; }

    /// <summary>Published on or before this ISO 8601 date.</summary>
    [FromQuery(Name = "until")]
    public string? Until { get; init; }

    /// <summary>Only claims of this article id.</summary>
    [FromQuery(Name = "article")]
    public string? Article { get; init; }

    /// <summary>Words that must all appear in the claim's subject, source, place or agent; newest claims first.</summary>
    [FromQuery(Name = "text")]
    public string? Text { get; init; }

    /// <summary>Full-text search over the articles: only claims of articles that match.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }
}
