using Assay.Analysis.Estimates;

namespace Assay.Web.Api.Models;

/// <summary>A pooled range: the 10th percentile, the median and the 90th percentile.</summary>
public sealed record RangeModel(double P10, double Median, double P90)
{
    /// <summary>The model of a pooled range, rounded to a tenth; null for none.</summary>
    public static RangeModel? From(PooledRange? range) =>
        range is { } r ? new(Math.Round(r.P10, 1), Math.Round(r.Median, 1), Math.Round(r.P90, 1)) : null;
}
