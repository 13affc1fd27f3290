namespace Assay.Analysis.Estimates;

/// <summary>Triangular over [low, high] with its peak at <c>mode</c>.</summary>
internal sealed class TriangularDistribution(double low, double mode, double high) : IEstimateDistribution
{
    public double LowerBracket => low;

    public double UpperBracket => high;

    public double Cdf(double x)
    {
        if (x <= low)
        {
            return 0;
        }

        if (x >= high)
        {
            return 1;
        }

        var width = high - low;
        return x <= mode
            ? (x - low) * (x - low) / (width * (mode - low))
            : 1 - ((high - x) * (high - x) / (width * (high - mode)));
    }
}
