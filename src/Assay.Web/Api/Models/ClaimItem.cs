using Assay.Storage;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A stored claim with its article, quantity and time, as claim lists and exports show it.</summary>
/// <remarks>
/// <c>ref</c>: "12/c3": the article id and the claim id, unique across the store.
/// </remarks>
public sealed record ClaimItem(
    string Ref,
    long ArticleId,
    string ClaimId,
    string? ArticleTitle,
    string? Outlet,
    DateOnly? Published,
    string Text,
    int Start,
    int End,
    string Event,
    string? Agent,
    string? Theme,
    string? Location,
    string Source,
    string SourceType,
    IReadOnlyList<string> Via,
    string Stance,
    double Certainty,
    IReadOnlyList<string> Cues,
    QuantityModel? Quantity,
    TimeModel? Time)
{
    /// <summary>The item of a stored claim.</summary>
    public static ClaimItem From(StoredClaim sc)
    {
        ArgumentNullException.ThrowIfNull(sc);
        var c = sc.Claim;
        return new(
            $"{sc.ArticleId}/{c.Id}", sc.ArticleId, c.Id, sc.ArticleTitle, sc.Outlet, sc.Published, c.Text, c.Span.Start, c.Span.End,
            EnumNames.Of(c.Event), c.Agent, c.Theme, c.Location, c.Source, EnumNames.Of(c.SourceType), c.Via, EnumNames.Of(c.Stance),
            Math.Round(c.Certainty, 4), c.Cues,
            sc.Quantity is { } q ? QuantityModel.From(q) : null,
            sc.Time is { } t ? TimeModel.From(t) : null);
    }
}
