using Assay.Analysis.Estimates;

namespace Assay.Web.Api.Models;

/// <summary>A series with its figures in date order and the pooled range of each group of like figures.</summary>
public sealed record SeriesDetail(SeriesSummary Series, IReadOnlyList<SeriesPointModel> Points, IReadOnlyList<PoolModel> Pooled)
{
    /// <summary>The detail of a series.</summary>
    public static SeriesDetail From(SubjectSeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(SeriesSummary.From(s), [.. s.Points.Select(SeriesPointModel.From)], [.. s.Pool.Groups.Select(PoolModel.From)]);
    }
}
