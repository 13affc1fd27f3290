namespace Assay.Analysis.Estimates;

/// <summary>Lognormal with log-mean <c>mu</c> and log-sd <c>sigma</c>.</summary>
internal sealed class LognormalDistribution : IEstimateDistribution
{
    // Twice the 95th-percentile z (1.645): a range [L, H] read as 5th–95th percentiles spans 3.29 sigma.
    internal const double FivetoNinetyFiveWidth = 3.29;

    // Nine sigma leaves less than 1e-18 of the mass outside the bisection bracket.
    private const double BracketSigmas = 9;

    public LognormalDistribution(double mu, double sigma)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        Mu = mu;
        Sigma = sigma;
    }

    public double Mu { get; }

    public double Sigma { get; }

    public double LowerBracket => Math.Exp(Mu - (BracketSigmas * Sigma));

    public double UpperBracket => Math.Exp(Mu + (BracketSigmas * Sigma));

    /// <summary>The lognormal whose 5th and 95th percentiles are <paramref name="low"/> and <paramref name="high"/>.</summary>
    public static LognormalDistribution FromRange(double low, double high) =>
        new((Math.Log(low) + Math.Log(high)) / 2, (Math.Log(high) - Math.Log(low)) / FivetoNinetyFiveWidth);

    public double Cdf(double x) => x <= 0 ? 0 : StandardNormal.Cdf((Math.Log(x) - Mu) / Sigma);
}
