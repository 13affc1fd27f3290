using Assay.Analysis.Story;
using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>One key judgment: how likely a proposition is, in ICD 203 words with the range in brackets, and, in a
/// separate sentence, how much confidence the sourcing allows.</summary>
/// <param name="PropositionId">The proposition judged.</param>
/// <param name="Judgment">"It is very likely [80–95%] that …", with the supporting claims.</param>
/// <param name="Band">The likelihood band.</param>
/// <param name="Probability">The witness-model probability (for a judgment that states a figure, no more than the share of
/// pooled weight on figures that meet it), held inside the band's display range.</param>
/// <param name="Confidence">Low, moderate or high.</param>
/// <param name="ConfidenceStatement">"Confidence in this judgment is …", with the claims of the origins it names.</param>
/// <param name="Origins">Independent origins of the supporting claims, graded.</param>
/// <param name="Contradicting">Independent origins of the claims that deny or refute it, or that showed false the report it
/// rests on.</param>
/// <param name="Mentions">All its claims, repeats included.</param>
/// <param name="Outlets">Distinct outlets that carried it.</param>
/// <param name="SingleSource">True when it rests on one origin.</param>
/// <param name="Credibility">The information-credibility digit (1–6) when the input gives one.</param>
/// <param name="Notes">Caveats: a projection, origins that only speculate or hedge, resting on a refuted report, shown
/// false.</param>
public sealed record KeyJudgment(
    string PropositionId,
    BriefingSentence Judgment,
    EstimativeBand Band,
    double Probability,
    ConfidenceLevel Confidence,
    BriefingSentence ConfidenceStatement,
    IReadOnlyList<SourcingOrigin> Origins,
    IReadOnlyList<Origin> Contradicting,
    int Mentions,
    int Outlets,
    bool SingleSource,
    int? Credibility,
    IReadOnlyList<BriefingSentence> Notes);
