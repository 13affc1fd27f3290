using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>The witness model of evidence for a claim (TRADECRAFT §5): a source is reliable with probability r and then
/// reports the truth; otherwise it asserts the claim at random with probability q.</summary>
public static class WitnessModel
{
    /// <summary>The certainty of a plain report, the least any statement made without a hedge carries: a claim below it
    /// was hedged or offered as speculation or a projection (docs/briefing.md).</summary>
    public const double FirmCertainty = 0.75;

    // A learned reliability of exactly 1 would make one report decisive; no record earns that.
    private const double MaxReliability = 0.99;

    /// <summary>The likelihood ratio of one report: [r + (1−r)q] / [(1−r)q].</summary>
    public static double LikelihoodRatio(double reliability, double guessRate)
    {
        var r = Math.Clamp(reliability, 0, MaxReliability);
        var q = Math.Clamp(guessRate, 1e-6, 1);
        return (r + (1 - r) * q) / ((1 - r) * q);
    }

    /// <summary>How far a claim commits its source to the statement, 0..1: 1 for a firm statement (certainty at least
    /// <see cref="FirmCertainty"/>), else the claim's certainty.</summary>
    /// <remarks>A firm statement is the source's testimony and its reliability says how far to trust it. A hedged or
    /// speculative one ("could reach", "may send", "would likely be") vouches for the statement only as far as its
    /// words do.</remarks>
    public static double Commitment(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Certainty >= FirmCertainty ? 1 : Math.Clamp(claim.Certainty, 0, 1);
    }

    /// <summary>The reliability that goes into <see cref="LikelihoodRatio"/> for a report of commitment c: r·c.</summary>
    /// <remarks>With probability c the report is testimony (reliable with probability r); otherwise it is talk that would
    /// be heard whether or not the statement holds, as likely as an unreliable source's guess (q). The likelihood ratio of
    /// that mixture, [rc + q(1 − rc)] / [q(1 − rc)], is the ratio of a witness of reliability rc: the trust in the source
    /// discounted by the source's own commitment, as opinions are discounted along a chain in subjective logic. A hedged
    /// report therefore never counts against what it says, and at c = 1 nothing changes.</remarks>
    public static double Discounted(double reliability, double commitment) =>
        Math.Clamp(reliability, 0, 1) * Math.Clamp(commitment, 0, 1);

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
