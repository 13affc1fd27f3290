using Assay.Analysis.Ach;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>An ACH matrix with its scores, diagnosticity, sensitivity and posteriors.</summary>
/// <remarks>
/// <c>mode</c>: The mode the leaders and sensitivity were found under: weighted, inconsistency or likelihood.<br/>
/// <c>leaders</c>: The leading hypotheses under <paramref name="Mode"/> (several on a tie).
/// </remarks>
public sealed record AchDetail(
    string Name,
    string? Title,
    string? Notes,
    string? Classification,
    string Mode,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> InconsistencyLeaders,
    IReadOnlyList<string> WeightedLeaders,
    IReadOnlyList<string> LikelihoodLeaders,
    IReadOnlyList<AchHypothesisModel> Hypotheses,
    IReadOnlyList<AchEvidenceModel> Evidence)
{
    /// <summary>The matrix scored under <paramref name="mode"/>.</summary>
    public static AchDetail From(AchMatrix m, AchScoreMode mode)
    {
        ArgumentNullException.ThrowIfNull(m);
        var analysis = AchScorer.Analyse(m, mode);
        var hypotheses = m.Hypotheses.Select((h, i) =>
        {
            var s = analysis.Hypotheses[i];
            return new AchHypothesisModel(h.Id, h.Text, s.Inconsistency, Math.Round(s.Weighted, 4), Math.Round(s.Posterior, 4));
        });
        var evidence = m.Evidence.Select((e, i) =>
        {
            var s = analysis.Evidence[i];
            var ratings = m.Hypotheses
                .Select(h => (h.Id, Rating: m.Rating(e.Id, h.Id)))
                .Where(x => x.Rating is not null)
                .ToDictionary(x => x.Id, x => x.Rating!.Value.Format(), StringComparer.Ordinal);
            return new AchEvidenceModel(
                e.Id, e.Text, e.Credibility.Format(), e.Relevance.Format(), e.Type, e.Date, e.Code, e.Notes, e.Link, e.Flagged,
                e.PropositionId, e.OriginId, ratings, Math.Round(s.Weight, 4), Math.Round(s.Diagnosticity, 4), s.LeaderChangesWithout,
                s.LeaderChangesReversed);
        });
        return new(
            m.Name, m.Title, m.Notes, m.Classification, EnumNames.Of(mode), analysis.Leaders, analysis.InconsistencyLeaders,
            analysis.WeightedLeaders, analysis.LikelihoodLeaders, [.. hypotheses], [.. evidence]);
    }
}
