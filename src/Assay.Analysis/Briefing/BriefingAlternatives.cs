using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>The summary of one ACH matrix that a briefing reports under "alternatives considered".</summary>
/// <param name="Matrix">The matrix's id or name.</param>
/// <param name="Title">Its question, when it has one.</param>
/// <param name="Hypotheses">Its hypotheses with scores.</param>
/// <param name="Leader">The id of the leading hypothesis, when there is one.</param>
/// <param name="MostDiagnostic">The evidence items that best tell the hypotheses apart.</param>
/// <param name="Flipping">The evidence items whose removal would change the leader.</param>
/// <param name="Refs">The claims the matrix's evidence rests on.</param>
public sealed record BriefingAlternatives(
    string Matrix,
    string? Title,
    IReadOnlyList<BriefingHypothesis> Hypotheses,
    string? Leader,
    IReadOnlyList<string> MostDiagnostic,
    IReadOnlyList<string> Flipping,
    IReadOnlyList<ClaimRef> Refs);
