namespace Assay.Extraction.Evaluation;

/// <summary>The score of one article against its gold file.</summary>
/// <param name="Gold">The gold file.</param>
/// <param name="Sheet">Counts per field and the accuracies.</param>
/// <param name="Matching">How gold and predicted quantities were paired.</param>
/// <param name="Findings">Misses, false hits and wrong pairs, in text order.</param>
public sealed record ArticleEvaluation(
    GoldArticle Gold,
    ScoreSheet Sheet,
    QuantityMatching Matching,
    IReadOnlyList<EvaluationFinding> Findings);
