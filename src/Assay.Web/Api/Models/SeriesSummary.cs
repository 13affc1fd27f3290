using Assay.Analysis.Estimates;

namespace Assay.Web.Api.Models;

/// <summary>One counted subject with figures over time: how many figures, from how many origins, over which dates.</summary>
/// <remarks>
/// <c>key</c>: The subject key that names the series in <c>/estimates/{subjectKey}</c>.<br/>
/// <c>subject</c>: The subject with its most common place ("north korean troops in Russia").
/// </remarks>
public sealed record SeriesSummary(string Key, string Subject, string Label, int Figures, int Origins, int Claims, DateOnly First, DateOnly Last)
{
    /// <summary>The summary of a series.</summary>
    public static SeriesSummary From(SubjectSeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Key, s.Describe(), s.Label, s.Points.Count, s.OriginCount, s.ClaimCount, s.Points[0].Point.AsOf, s.Points[^1].Point.AsOf);
    }
}
