namespace Assay.Analysis.Ach;

/// <summary>One competing explanation in a matrix.</summary>
/// <param name="Id">Stable id within the matrix ("H1").</param>
/// <param name="Text">The hypothesis as the analyst worded it.</param>
public sealed record AchHypothesis(string Id, string Text);
