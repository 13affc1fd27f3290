namespace Assay.Analysis.Ach;

/// <summary>A scored matrix: every hypothesis's scores, the leaders under each mode, and each item's diagnosticity and
/// sensitivity under the mode analysed.</summary>
/// <param name="Mode">The mode the sensitivity findings were computed under.</param>
/// <param name="Hypotheses">Scores in column order.</param>
/// <param name="Evidence">Item findings in row order.</param>
/// <param name="InconsistencyLeaders">Hypotheses with the least negative S_h (several on a tie).</param>
/// <param name="WeightedLeaders">Hypotheses with the least negative WS_h (several on a tie).</param>
/// <param name="LikelihoodLeaders">Hypotheses with the highest posterior (several on a tie).</param>
public sealed record AchAnalysis(
    AchScoreMode Mode,
    IReadOnlyList<AchHypothesisScore> Hypotheses,
    IReadOnlyList<AchEvidenceScore> Evidence,
    IReadOnlyList<string> InconsistencyLeaders,
    IReadOnlyList<string> WeightedLeaders,
    IReadOnlyList<string> LikelihoodLeaders)
{
    /// <summary>The leaders under <see cref="Mode"/>.</summary>
    public IReadOnlyList<string> Leaders => LeadersUnder(Mode);

    /// <summary>The leaders under a mode.</summary>
    public IReadOnlyList<string> LeadersUnder(AchScoreMode mode) => mode switch
    {
        AchScoreMode.Inconsistency => InconsistencyLeaders,
        AchScoreMode.Likelihood => LikelihoodLeaders,
        _ => WeightedLeaders,
    };

    /// <summary>Items whose removal changes the leader(s).</summary>
    public IEnumerable<string> DecisiveItems => Evidence.Where(e => e.LeaderChangesWithout).Select(e => e.EvidenceId);

    /// <summary>Items that, read backwards, change the leader(s).</summary>
    public IEnumerable<string> FlippingItems => Evidence.Where(e => e.LeaderChangesReversed).Select(e => e.EvidenceId);
}
