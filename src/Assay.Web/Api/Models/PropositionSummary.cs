using Assay.Analysis.Story;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A proposition as lists show it: what it states, how widely and independently, and its Admiralty code.</summary>
/// <remarks>
/// <c>code</c>: The suggested Admiralty code ("B2"): the best grade among its origins and a credibility digit.<br/>
/// <c>credibility_reason</c>: Why the digit.<br/>
/// <c>origins</c>: Independent origins stating or contradicting it.
/// </remarks>
public sealed record PropositionSummary(
    string Id,
    string Label,
    string Statement,
    string Event,
    string Subject,
    string SubjectKey,
    FigureModel? Figure,
    int Mentions,
    int Origins,
    int Outlets,
    double EffectiveSources,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    bool Projection,
    bool Contested,
    bool Refuted,
    bool RestsOnRefuted,
    string Code,
    string CredibilityReason)
{
    /// <summary>The summary of <paramref name="p"/> with its code from <paramref name="credibility"/>.</summary>
    public static PropositionSummary From(Proposition p, PropositionCredibility credibility)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(credibility);
        return new(
            p.Id, p.Label, p.Statement, EnumNames.Of(p.Event), p.Subject.Describe(), p.Subject.Key, FigureModel.From(p.Figure),
            p.Mentions, p.Origins.Count, p.Outlets, Math.Round(p.EffectiveSources, 4), p.FirstSeen, p.LastSeen, p.Projection,
            p.Contested, p.Refuted, p.RestsOnRefuted, credibility.Code(p), credibility.Suggest(p).Reason);
    }
}
