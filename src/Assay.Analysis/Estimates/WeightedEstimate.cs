namespace Assay.Analysis.Estimates;

/// <summary>An estimate in a pool with the factors of its weight: reliability × independence × recency.</summary>
public readonly record struct WeightedEstimate(
    EstimatePoint Point,
    double Reliability,
    double Independence,
    double Recency,
    double SupportLow,
    double SupportHigh)
{
    /// <summary>The product of the three factors (unnormalised).</summary>
    public double Weight => Reliability * Independence * Recency;
}
