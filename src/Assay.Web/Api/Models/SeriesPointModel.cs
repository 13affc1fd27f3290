using Assay.Analysis.Estimates;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>One figure of a series: who gave it, when, how it revised the origin's previous figure, and the claims behind it.</summary>
/// <remarks>
/// <c>reliability</c>: The Admiralty letter it was weighed with.<br/>
/// <c>revision</c>: first, unchanged, up, down, …: against the same origin's previous figure.<br/>
/// <c>excluded</c>: Why it was left out of the pool, or null.
/// </remarks>
public sealed record SeriesPointModel(
    DateOnly AsOf,
    string Origin,
    string? OriginName,
    double? Low,
    double? High,
    string Qualifier,
    string Figure,
    string Status,
    string Scope,
    string Reliability,
    string Revision,
    string? Previous,
    string? Excluded,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> Claims)
{
    /// <summary>The model of a series point.</summary>
    public static SeriesPointModel From(SeriesPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var e = p.Point;
        return new(
            e.AsOf, e.OriginId, e.OriginName, e.Low, e.High, EnumNames.Of(e.Qualifier), FigureText.Bounds(e.Low, e.High, e.Qualifier),
            EnumNames.Of(e.Status), e.Scope, e.Reliability.ToString(), EnumNames.Of(p.Revision),
            p.Previous is { } prev ? FigureText.Bounds(prev.Low, prev.High, prev.Qualifier) : null, p.Excluded, p.Outlets,
            [.. p.Claims.Select(c => c.ToString())]);
    }
}
