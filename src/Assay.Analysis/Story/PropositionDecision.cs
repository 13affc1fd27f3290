namespace Assay.Analysis.Story;

/// <summary>What an analyst decided about grouping.</summary>
public enum PropositionDecisionKind
{
    /// <summary>The propositions holding the two claims are one.</summary>
    Merge,

    /// <summary>The claim stands apart from the proposition it was grouped into.</summary>
    Split,
}

/// <summary>An analyst's grouping decision, applied after automatic grouping, in order. Undoing one removes it.</summary>
/// <param name="Id">The decision's number in the history.</param>
/// <param name="Kind">Merge or split.</param>
/// <param name="Claim">The claim it is about.</param>
/// <param name="Other">For a merge, a claim of the other proposition.</param>
public sealed record PropositionDecision(long Id, PropositionDecisionKind Kind, ClaimRef Claim, ClaimRef? Other);
