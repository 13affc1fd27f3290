namespace Assay.Extraction.Evaluation;

/// <summary>The evaluation of a whole gold folder: micro-averaged totals, per-story totals, targets and findings.</summary>
/// <param name="Folder">The gold folder.</param>
/// <param name="Total">Counts over every scored article.</param>
/// <param name="Stories">Counts per story folder, ordered by name.</param>
/// <param name="Targets">Each target with its value on <paramref name="Total"/>.</param>
/// <param name="Findings">Misses, false hits and wrong pairs, by article then offset.</param>
/// <param name="Problems">Gold files and articles that could not be used.</param>
public sealed record CorpusEvaluation(
    string Folder,
    ScoreSheet Total,
    IReadOnlyList<KeyValuePair<string, ScoreSheet>> Stories,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<EvaluationFinding> Findings,
    IReadOnlyList<EvaluationProblem> Problems)
{
    /// <summary>True when every target is met.</summary>
    public bool TargetsMet => Targets.All(t => t.Met);
}
