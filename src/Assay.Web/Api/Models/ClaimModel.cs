using Assay.Core.Claims;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A claim inside its article: its sentence span, what it says, who says it (and through whom), and how surely.</summary>
/// <remarks>
/// <c>quantity</c>: Index into the article's quantities, or null.<br/>
/// <c>time</c>: The resolved time the claim speaks of, or null.
/// </remarks>
public sealed record ClaimModel(
    string Id,
    string Text,
    int Start,
    int End,
    string Event,
    string? Agent,
    string? Theme,
    string? Location,
    int? Quantity,
    string? Time,
    string Source,
    string SourceType,
    IReadOnlyList<string> Via,
    string Stance,
    double Certainty,
    IReadOnlyList<string> Cues)
{
    /// <summary>The model of claim <paramref name="c"/> of <paramref name="extraction"/>.</summary>
    public static ClaimModel From(Claim c, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(extraction);
        int? quantity = c.QuantityIndex is { } qi && qi >= 0 && qi < extraction.Quantities.Count ? qi : null;
        var time = c.TimeIndex is { } ti && ti >= 0 && ti < extraction.Times.Count ? extraction.Times[ti].Value : null;
        return new(c.Id, c.Text, c.Span.Start, c.Span.End, EnumNames.Of(c.Event), c.Agent, c.Theme, c.Location, quantity, time,
            c.Source, EnumNames.Of(c.SourceType), c.Via, EnumNames.Of(c.Stance), Math.Round(c.Certainty, 4), c.Cues);
    }
}
