namespace Assay.Analysis.Ach;

/// <summary>The address of one rating: an evidence item against a hypothesis.</summary>
/// <param name="EvidenceId">"E2".</param>
/// <param name="HypothesisId">"H1".</param>
public readonly record struct AchCell(string EvidenceId, string HypothesisId);
