namespace Assay.Analysis.Estimates;

/// <summary>The standard normal CDF, which the base library lacks.</summary>
internal static class StandardNormal
{
    /// <summary>Φ(z) via the complementary error function.</summary>
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>erfc(x) by the Chebyshev fit in Numerical Recipes (erfcc); fractional error below 1.2e-7 everywhere.</summary>
    internal static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var ans = t * Math.Exp((-z * z) - 1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418
                  + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587
                  + (t * (-0.82215223 + (t * 0.17087277))))))))))))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
