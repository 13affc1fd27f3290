namespace Assay.Analysis.Ach;

/// <summary>One hypothesis's scores under every mode.</summary>
/// <param name="HypothesisId">"H1".</param>
/// <param name="Inconsistency">S_h = Σ v(e,h), I −1, II −2: zero or negative.</param>
/// <param name="Weighted">WS_h = Σ Cred(e)·Rel(e)·v(e,h).</param>
/// <param name="Posterior">P(h | evidence) in the likelihood mode; the posteriors of a matrix sum to 1.</param>
public sealed record AchHypothesisScore(string HypothesisId, int Inconsistency, double Weighted, double Posterior);
