using Assay.Analysis.Estimates;
using Assay.Analysis.Story;

namespace Assay.Analysis.Reliability;

/// <summary>One origin's track record: its grade, what Assay learnt of its reliability from resolved claims, and
/// the counts behind it.</summary>
/// <param name="Origin">The origin.</param>
/// <param name="Grade">The analyst's Admiralty letter; null when ungraded (the prior is then F's).</param>
/// <param name="Alpha">Beta posterior α (prior pseudo-hits plus hits, after forgetting).</param>
/// <param name="Beta">Beta posterior β (prior pseudo-misses plus misses, after forgetting).</param>
/// <param name="Claims">Claims resolving to this origin.</param>
/// <param name="Resolved">Of those, claims in resolved propositions.</param>
/// <param name="Hits">Resolved claims that held (supported a confirmed proposition or denied a refuted one).</param>
/// <param name="Misses">Resolved claims that did not.</param>
/// <param name="IntervalScore">Mean interval score of its figures against resolved true values; null when none was scored.</param>
/// <param name="Scored">How many figures the interval score averages.</param>
public sealed record OriginRecord(
    Origin Origin,
    ReliabilityGrade? Grade,
    double Alpha,
    double Beta,
    int Claims,
    int Resolved,
    int Hits,
    int Misses,
    double? IntervalScore,
    int Scored)
{
    /// <summary>Learned reliability: the posterior mean α / (α + β).</summary>
    public double Mean => Alpha / (Alpha + Beta);

    /// <summary>Posterior standard deviation: how sure Assay is of <see cref="Mean"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Alpha * Beta / ((Alpha + Beta) * (Alpha + Beta) * (Alpha + Beta + 1)));

    /// <summary>The central credible interval of the reliability holding <paramref name="mass"/> of the belief (the 5th
    /// and 95th percentiles by default).</summary>
    public (double Low, double High) CredibleInterval(double mass = 0.9) => BetaReliability.Interval(Alpha, Beta, mass);
}
