using Assay.Analysis.Estimates;

namespace Assay.Web.Api.Models;

/// <summary>How much one figure weighs in a pool: reliability × independence × recency (zero when superseded).</summary>
public sealed record PoolWeightModel(string Origin, DateOnly AsOf, double Reliability, double Independence, double Recency, double Weight, bool Superseded)
{
    /// <summary>The model of a weighted estimate.</summary>
    public static PoolWeightModel From(WeightedEstimate e) =>
        new(e.Point.OriginId, e.Point.AsOf, e.Reliability, Math.Round(e.Independence, 4), Math.Round(e.Recency, 4), Math.Round(e.Weight, 4), e.Superseded);
}
