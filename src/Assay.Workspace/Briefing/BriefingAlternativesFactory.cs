using Assay.Analysis.Ach;
using Assay.Analysis.Briefing;
using Assay.Analysis.Story;

namespace Assay.Workspace.Briefing;

/// <summary>Turns the workspace's ACH matrices into the summaries a briefing reports under "alternatives considered".</summary>
public static class BriefingAlternativesFactory
{
    /// <summary>Claims cited per evidence item tied to a proposition: enough to trace it, not the whole proposition.</summary>
    private const int RefsPerItem = 3;

    /// <summary>The summary of each matrix, scored by weighted inconsistency, with likelihood-mode posteriors beside.</summary>
    public static IReadOnlyList<BriefingAlternatives> Create(IEnumerable<AchMatrix> matrices, StoryPicture picture)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        ArgumentNullException.ThrowIfNull(picture);
        return [.. matrices.Where(m => m.Hypotheses.Count > 0).Select(m => Create(m, picture))];
    }

    private static BriefingAlternatives Create(AchMatrix matrix, StoryPicture picture)
    {
        var analysis = AchScorer.Analyse(matrix, AchScoreMode.Weighted);
        var texts = matrix.Evidence.ToDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal);
        string Item(string id) => $"{id} ({texts[id]})";

        var hypotheses = matrix.Hypotheses
            .Zip(analysis.Hypotheses, (h, score) => new BriefingHypothesis(h.Id, h.Text, score.Weighted, score.Posterior))
            .ToList();
        var leaders = analysis.Leaders;
        var diagnostic = analysis.Evidence.Where(e => e.Diagnosticity > 0)
            .OrderByDescending(e => e.Diagnosticity).ThenBy(e => e.EvidenceId, StringComparer.Ordinal)
            .Take(3).Select(e => Item(e.EvidenceId)).ToList();
        var decisive = analysis.DecisiveItems.Select(Item).ToList();
        var refs = matrix.Evidence
            .Where(e => e.PropositionId is not null)
            .SelectMany(e => picture.Find(e.PropositionId!) is { } p ? p.Supporting.Select(c => c.Claim.Ref).Take(RefsPerItem) : [])
            .Distinct().Order().ToList();
        return new BriefingAlternatives(matrix.Name, matrix.Title, hypotheses, leaders.Count == 1 ? leaders[0] : null, diagnostic, decisive, refs);
    }
}
