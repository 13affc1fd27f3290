using System.Globalization;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Storage;

namespace Assay.Workspace;

/// <summary>Records the analyst's judgments in the history, laid out as <see cref="JudgmentLoader"/> and
/// <see cref="StoryLoader"/> read them back: every front end records through here.</summary>
public static class AnalystDecisions
{
    /// <summary>Records an Admiralty grade (its letter, "B") for an origin.</summary>
    public static StoredDecision Grade(IStore store, string originId, string letter, string? note)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Record(new DecisionDraft(JudgmentLoader.Grade, originId, null, letter, note));
    }

    /// <summary>Records a resolution of <paramref name="proposition"/>, anchored on its earliest claim, with the true
    /// figure when one is given.</summary>
    public static StoredDecision Resolve(IStore store, Proposition proposition, ResolutionOutcome outcome, double? value, string? note) =>
        Resolve(store, Anchor(proposition), outcome, value, note);

    /// <summary>Records a resolution of the proposition anchored on <paramref name="anchor"/> (its earliest claim), as
    /// an import carries it.</summary>
    public static StoredDecision Resolve(IStore store, ClaimRef anchor, ResolutionOutcome outcome, double? value, string? note)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Record(new DecisionDraft(
            JudgmentLoader.Resolve,
            anchor.ToString(),
            value?.ToString("R", CultureInfo.InvariantCulture),
            outcome.ToString().ToLowerInvariant(),
            note));
    }

    /// <summary>Records that the propositions holding the two claims are one.</summary>
    public static StoredDecision Merge(IStore store, ClaimRef first, ClaimRef second, string? note)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Record(new DecisionDraft(StoryLoader.Merge, first.ToString(), second.ToString(), null, note));
    }

    /// <summary>Records that the claim stands apart from the proposition it was grouped into.</summary>
    public static StoredDecision Split(IStore store, ClaimRef claim, string? note)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Record(new DecisionDraft(StoryLoader.Split, claim.ToString(), null, null, note));
    }

    /// <summary>The claim a proposition's id is made from, its earliest: resolutions hang on it because ids follow
    /// grouping, which later merges and splits change.</summary>
    public static ClaimRef Anchor(Proposition proposition)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        return proposition.Claims.Select(c => c.Claim.Ref)
            .FirstOrDefault(r => "p" + r.ToString().Replace('/', '.') == proposition.Id, proposition.Claims[0].Claim.Ref);
    }
}
