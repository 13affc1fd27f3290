namespace Assay.Analysis.Estimates;

/// <summary>Uniform over [low, high].</summary>
internal sealed class UniformDistribution(double low, double high) : IEstimateDistribution
{
    public double LowerBracket => low;

    public double UpperBracket => high;

    public double Cdf(double x) => x <= low ? 0 : x >= high ? 1 : (x - low) / (high - low);
}
