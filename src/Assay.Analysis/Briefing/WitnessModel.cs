namespace Assay.Analysis.Briefing;

/// <summary>The witness model of evidence for a claim (TRADECRAFT §5): a source is reliable with probability r and then
/// reports the truth; otherwise it asserts the claim at random with probability q.</summary>
public static class WitnessModel
{
    // A learned reliability of exactly 1 would make one report decisive; no record earns that.
    private const double MaxReliability = 0.99;

    /// <summary>The likelihood ratio of one report: [r + (1−r)q] / [(1−r)q].</summary>
    public static double LikelihoodRatio(double reliability, double guessRate)
    {
        var r = Math.Clamp(reliability, 0, MaxReliability);
        var q = Math.Clamp(guessRate, 1e-6, 1);
        return (r + (1 - r) * q) / ((1 - r) * q);
    }

    /// <summary>The probability that the claim holds, from prior odds 1: each supporting independent origin multiplies
    /// the odds by its ratio, each contradicting one divides by its ratio.</summary>
    /// <param name="supporting">Learned reliability of each supporting origin.</param>
    /// <param name="contradicting">Learned reliability of each contradicting origin.</param>
    /// <param name="guessRate">q: how often an unreliable source asserts the claim anyway.</param>
    /// <param name="independence">The share of the supporting origins that count as independent, n_eff / n (TRADECRAFT §4):
    /// origins whose reports share wording or figures carry less than one vote each, so their log-odds are scaled down.</param>
    public static double Probability(IEnumerable<double> supporting, IEnumerable<double> contradicting, double guessRate, double independence = 1)
    {
        ArgumentNullException.ThrowIfNull(supporting);
        ArgumentNullException.ThrowIfNull(contradicting);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(independence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(independence, 1);

        // Summed in logs, so many strong origins cannot overflow the odds.
        var logOdds = (independence * supporting.Sum(r => Math.Log(LikelihoodRatio(r, guessRate))))
                      - contradicting.Sum(r => Math.Log(LikelihoodRatio(r, guessRate)));
        return 1 / (1 + Math.Exp(-logOdds));
    }
}
