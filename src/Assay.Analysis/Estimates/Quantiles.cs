namespace Assay.Analysis.Estimates;

/// <summary>Quantiles by bisection on a CDF: deterministic, and exact to well under one unit for counts.</summary>
internal static class Quantiles
{
    private const int MaxIterations = 200;
    private const double RelativeTolerance = 1e-12;

    /// <summary>The smallest x in [lower, upper] with cdf(x) ≥ p (the left edge of any flat stretch).</summary>
    public static double Find(Func<double, double> cdf, double lower, double upper, double p)
    {
        ArgumentNullException.ThrowIfNull(cdf);
        var (lo, hi) = (lower, upper);
        for (var i = 0; i < MaxIterations && hi - lo > RelativeTolerance * Math.Max(1, Math.Abs(hi)); i++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (cdf(mid) >= p)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }

    public static double Find(IEstimateDistribution distribution, double p) =>
        Find(distribution.Cdf, distribution.LowerBracket, distribution.UpperBracket, p);
}
