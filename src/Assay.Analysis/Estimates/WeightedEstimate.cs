namespace Assay.Analysis.Estimates;

/// <summary>An estimate in a pool with the factors of its weight: reliability × independence × recency.</summary>
/// <remarks>A superseded figure (its origin gave a later one for the same group) is listed but weighs nothing.</remarks>
public readonly record struct WeightedEstimate(
    EstimatePoint Point,
    double Reliability,
    double Independence,
    double Recency,
    double SupportLow,
    double SupportHigh,
    bool Superseded = false)
{
    /// <summary>The product of the three factors (unnormalised); zero once the origin has revised the figure.</summary>
    public double Weight => Superseded ? 0 : Reliability * Independence * Recency;
}
