namespace Assay.Analysis.Briefing;

/// <summary>What the briefing says of one ACH matrix.</summary>
/// <param name="Matrix">The matrix as given.</param>
/// <param name="Sentences">The leader, the scores, the most diagnostic items and the items that would flip the leader.</param>
public sealed record AlternativesSummary(BriefingAlternatives Matrix, IReadOnlyList<BriefingSentence> Sentences);
