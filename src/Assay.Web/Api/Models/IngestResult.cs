using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>What an ingest request did: counts, and one outcome per input in order.</summary>
/// <remarks>
/// <c>added</c>: Articles stored for the first time.<br/>
/// <c>existing</c>: Articles already stored (same content hash), left unchanged.<br/>
/// <c>refused</c>: Inputs that could not be read; their outcome says why.<br/>
/// <c>outcomes</c>: One per input: location, article id, added, error.
/// </remarks>
public sealed record IngestResult(int Added, int Existing, int Refused, IReadOnlyList<IntakeOutcome> Outcomes)
{
    /// <summary>The counts of <paramref name="outcomes"/>.</summary>
    public static IngestResult From(IReadOnlyList<IntakeOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return new(
            outcomes.Count(o => o.Added),
            outcomes.Count(o => o.ArticleId is not null && !o.Added),
            outcomes.Count(o => o.ArticleId is null),
            outcomes);
    }
}
