using Assay.Analysis.Estimates;
using Assay.Core.Sources;

namespace Assay.Analysis.Reliability;

/// <summary>What is known of a source's reliability r: a Beta(α, β) belief that starts at the analyst's Admiralty grade
/// and learns from claims that later held (hits) or failed (misses).</summary>
/// <param name="Alpha">α: prior pseudo-hits plus the (forgotten-down) hits.</param>
/// <param name="Beta">β: prior pseudo-misses plus the (forgotten-down) misses.</param>
/// <param name="PriorAlpha">α₀, the grade's pseudo-hits, which forgetting never removes.</param>
/// <param name="PriorBeta">β₀, the grade's pseudo-misses.</param>
/// <remarks>
/// Forgetting is Jøsang's Beta reputation with the grade as the base: per period of silence, the evidence gathered so far
/// is multiplied by λ, α ← α₀ + λ(α − α₀) and β ← β₀ + λ(β − β₀). Scaling α and β themselves (α ← λα) would also shrink
/// the prior, so a long-silent source would drift to a flat belief that says nothing; here it returns to its grade.
/// </remarks>
public readonly record struct BetaReliability(double Alpha, double Beta, double PriorAlpha, double PriorBeta)
{
    /// <summary>The default pseudo-count n₀: the grade weighs as much as four resolved claims.</summary>
    public const double DefaultPriorCount = 4;

    /// <summary>The prior for a grade: mean m (see <see cref="PriorMean"/>), α₀ = n₀·m, β₀ = n₀(1 − m).</summary>
    public static BetaReliability FromGrade(ReliabilityGrade? grade, double priorCount = DefaultPriorCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorCount);
        var m = PriorMean(grade);
        return new BetaReliability(priorCount * m, priorCount * (1 - m), priorCount * m, priorCount * (1 - m));
    }

    /// <summary>The prior mean of a grade: its MISP value / 100, with A capped at 0.95 and E, G floored at 0.05 (a Beta
    /// needs α, β &gt; 0); F and ungraded 0.5.</summary>
    public static double PriorMean(ReliabilityGrade? grade)
    {
        if (grade is null or ReliabilityGrade.F)
        {
            return 0.5;
        }

        var level = AdmiraltyScale.FindReliability(grade.Value.ToString())
            ?? throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown reliability grade.");
        return Math.Clamp(level.NumericValue / 100.0, 0.05, 0.95);
    }

    /// <summary>The belief after <paramref name="periods"/> periods of silence (fractions allowed), each keeping a share
    /// <paramref name="lambda"/> of the evidence: it moves back toward the prior, never below it.</summary>
    public BetaReliability Forget(double periods, double lambda)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lambda);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lambda, 1);
        var keep = Math.Pow(lambda, periods);
        return this with { Alpha = PriorAlpha + (keep * (Alpha - PriorAlpha)), Beta = PriorBeta + (keep * (Beta - PriorBeta)) };
    }

    /// <summary>The belief after one claim that held (<paramref name="hit"/>) or failed, counted with a weight (1 by default).</summary>
    public BetaReliability Update(bool hit, double weight = 1) =>
        hit ? this with { Alpha = Alpha + weight } : this with { Beta = Beta + weight };

    /// <summary>Posterior mean α / (α + β): the learned reliability.</summary>
    public double Mean => Alpha / (Alpha + Beta);

    /// <summary>Posterior variance αβ / ((α + β)²(α + β + 1)).</summary>
    public double Variance => Alpha * Beta / ((Alpha + Beta) * (Alpha + Beta) * (Alpha + Beta + 1));

    /// <summary>Posterior standard deviation: how sure we are of <see cref="Mean"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The central credible interval holding <paramref name="mass"/> of the belief (90% by default: the 5th and
    /// 95th percentiles).</summary>
    public (double Low, double High) CredibleInterval(double mass = 0.9) => Interval(Alpha, Beta, mass);

    /// <summary>The central <paramref name="mass"/> interval of Beta(α, β).</summary>
    internal static (double Low, double High) Interval(double alpha, double beta, double mass)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mass);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mass, 1);
        var tail = (1 - mass) / 2;
        return (MathNet.Numerics.Distributions.Beta.InvCDF(alpha, beta, tail), MathNet.Numerics.Distributions.Beta.InvCDF(alpha, beta, 1 - tail));
    }
}
