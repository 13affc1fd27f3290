namespace Assay.Analysis.Briefing;

/// <summary>The sourcing of one key judgment: independent origins against mentions, each origin graded, and the
/// sentences that flag a single source or circular reporting.</summary>
/// <param name="PropositionId">The judgment's proposition.</param>
/// <param name="Origins">Independent origins of its supporting claims.</param>
/// <param name="Mentions">All its claims, repeats included.</param>
/// <param name="Outlets">Distinct outlets that carried it.</param>
/// <param name="SingleSource">True when it rests on one origin.</param>
/// <param name="Sentences">What the summary says of it.</param>
public sealed record SourcingRow(
    string PropositionId,
    IReadOnlyList<SourcingOrigin> Origins,
    int Mentions,
    int Outlets,
    bool SingleSource,
    IReadOnlyList<BriefingSentence> Sentences);
