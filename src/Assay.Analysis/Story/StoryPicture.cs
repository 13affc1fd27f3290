namespace Assay.Analysis.Story;

/// <summary>The picture across articles: propositions strongest first, contradictions, merges to confirm, and
/// articles that copy others.</summary>
/// <param name="Propositions">Strongest first: most independent origins, then effective sources, then mentions.</param>
/// <param name="Contradictions">Pairs of claims that cannot both hold.</param>
/// <param name="Suggestions">Propositions that may be the same, for the analyst to confirm.</param>
/// <param name="Derived">Articles that likely copy earlier ones.</param>
/// <param name="ClaimCount">Claims read.</param>
/// <param name="Ungrouped">Claims with neither figure nor subject, and no link to another claim: too little to group by.</param>
public sealed record StoryPicture(
    IReadOnlyList<Proposition> Propositions,
    IReadOnlyList<ClaimContradiction> Contradictions,
    IReadOnlyList<MergeSuggestion> Suggestions,
    IReadOnlyList<DerivedLink> Derived,
    int ClaimCount,
    int Ungrouped)
{
    /// <summary>The proposition with this id, or the one holding this claim ("12/c3"), or null.</summary>
    public Proposition? Find(string idOrClaim)
    {
        ArgumentNullException.ThrowIfNull(idOrClaim);
        var id = idOrClaim.Trim();
        var byId = Propositions.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
        if (byId is not null || !ClaimRef.TryParse(id, out var claim))
        {
            return byId;
        }

        return Propositions.FirstOrDefault(p => p.Claims.Any(c => c.Claim.Ref == claim));
    }

    /// <summary>Contradictions that involve the proposition.</summary>
    public IEnumerable<ClaimContradiction> ContradictionsOf(string propositionId) =>
        Contradictions.Where(c => c.PropositionId == propositionId || c.OtherPropositionId == propositionId);
}
