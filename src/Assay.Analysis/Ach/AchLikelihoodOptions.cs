namespace Assay.Analysis.Ach;

/// <summary>The numbers behind the likelihood mode; <see cref="Default"/> holds the documented defaults (docs/ach.md).</summary>
/// <remarks>A cell's likelihood L is P(E|H) read from its rating; it is shrunk toward the uninformative 0.5 by the
/// item's credibility c: L' = c·L + (1−c)·0.5. A cell rated NA, or not yet rated, is left out for that hypothesis
/// (likelihood 1, log 0).</remarks>
/// <param name="VeryConsistent">P(E|H) for CC (0.9).</param>
/// <param name="Consistent">P(E|H) for C (0.7).</param>
/// <param name="Neutral">P(E|H) for N (0.5).</param>
/// <param name="Inconsistent">P(E|H) for I (0.3).</param>
/// <param name="VeryInconsistent">P(E|H) for II (0.1).</param>
/// <param name="HighCredibility">c for High credibility (0.9).</param>
/// <param name="MediumCredibility">c for Medium credibility (0.7).</param>
/// <param name="LowCredibility">c for Low credibility (0.5).</param>
public sealed record AchLikelihoodOptions(
    double VeryConsistent = 0.9,
    double Consistent = 0.7,
    double Neutral = 0.5,
    double Inconsistent = 0.3,
    double VeryInconsistent = 0.1,
    double HighCredibility = 0.9,
    double MediumCredibility = 0.7,
    double LowCredibility = 0.5)
{
    /// <summary>The documented defaults.</summary>
    public static AchLikelihoodOptions Default { get; } = new();

    /// <summary>P(E|H) for a rating, or null for NA (the cell is left out).</summary>
    public double? Likelihood(AchRating rating) => rating switch
    {
        AchRating.CC => VeryConsistent,
        AchRating.C => Consistent,
        AchRating.N => Neutral,
        AchRating.I => Inconsistent,
        AchRating.II => VeryInconsistent,
        _ => null,
    };

    /// <summary>How far an item of this credibility is believed: c in L' = c·L + (1−c)·0.5.</summary>
    public double Shrink(AchWeight credibility) => credibility switch
    {
        AchWeight.High => HighCredibility,
        AchWeight.Low => LowCredibility,
        _ => MediumCredibility,
    };
}
