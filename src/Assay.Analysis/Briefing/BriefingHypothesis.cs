namespace Assay.Analysis.Briefing;

/// <summary>One hypothesis of an ACH matrix as the briefing reports it.</summary>
/// <param name="Id">Its id in the matrix ("H1").</param>
/// <param name="Text">What it holds.</param>
/// <param name="Score">Its weighted inconsistency score: zero or below, and the least negative leads.</param>
/// <param name="Posterior">Its posterior probability in the Bayesian mode, when computed.</param>
public sealed record BriefingHypothesis(string Id, string Text, double Score, double? Posterior);
