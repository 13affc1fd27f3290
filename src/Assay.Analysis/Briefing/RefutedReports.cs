using Assay.Analysis.Story;
using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>For each proposition that rests on a refuted report, the claims that showed that report false.</summary>
/// <remarks>The reports are the ones the story found it resting on (<see cref="Proposition.RestsOn"/>, docs/story.md):
/// a supporting origin made the refuted report on the same event and subject; or a supporting claim stands in an
/// article that carried the report, about the same event and nationality; or in an article copied from one that carried
/// or refuted it.</remarks>
internal static class RefutedReports
{
    /// <summary>Per id of a proposition marked as resting on a refuted report, the refuting claims of every refuted
    /// proposition it rests on, in reference order; propositions with none found are left out.</summary>
    public static Dictionary<string, List<PropositionClaim>> Refuters(StoryPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var byId = picture.Propositions.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var result = new Dictionary<string, List<PropositionClaim>>(StringComparer.Ordinal);
        foreach (var p in picture.Propositions.Where(p => p.RestsOnRefuted && !p.Refuted))
        {
            var refuting = p.RestsOn
                .Select(id => byId.GetValueOrDefault(id))
                .OfType<Proposition>()
                .SelectMany(r => r.Contradicting.Where(c => c.Claim.Claim.Stance == Stance.Refuted))
                .DistinctBy(c => c.Claim.Ref)
                .OrderBy(c => c.Claim.Ref)
                .ToList();
            if (refuting.Count > 0)
            {
                result[p.Id] = refuting;
            }
        }

        return result;
    }
}
