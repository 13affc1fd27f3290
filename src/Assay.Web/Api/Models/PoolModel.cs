using Assay.Analysis.Estimates;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>The pooled range of like figures (one scope, one status) as of a reference date.</summary>
/// <remarks>
/// <c>linear_pool</c>: Percentiles of the weighted mixture of the figures.<br/>
/// <c>quantile_average</c>: Weighted average of the figures' percentiles.<br/>
/// <c>raw_low</c>: Lowest bound stated.<br/>
/// <c>raw_high</c>: Highest bound stated.
/// </remarks>
public sealed record PoolModel(
    string Scope,
    string Status,
    int Origins,
    DateOnly ReferenceDate,
    RangeModel? LinearPool,
    RangeModel? QuantileAverage,
    double RawLow,
    double RawHigh,
    bool OpenBelow,
    bool OpenAbove,
    IReadOnlyList<PoolWeightModel> Weights)
{
    /// <summary>The model of a pooled group.</summary>
    public static PoolModel From(PooledEstimate g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(
            g.Key.Scope, EnumNames.Of(g.Key.Status), g.OriginCount, g.ReferenceDate, RangeModel.From(g.LinearPool), RangeModel.From(g.QuantileAverage),
            g.RawLow, g.RawHigh, g.OpenBelow, g.OpenAbove, [.. g.Estimates.Select(PoolWeightModel.From)]);
    }
}
