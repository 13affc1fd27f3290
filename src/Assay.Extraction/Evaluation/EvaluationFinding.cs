namespace Assay.Extraction.Evaluation;

/// <summary>A miss, a false hit or a matched pair with wrong fields, located in the article body.</summary>
/// <param name="Article">The article name relative to the gold folder ("troops/x.md").</param>
/// <param name="Story">The story folder.</param>
/// <param name="Offset">Where the quantity starts in the body, or null when the gold text was not found there.</param>
/// <param name="Text">The quantity text (gold text for misses and pairs, predicted text for false hits).</param>
/// <param name="Kind">Miss, false hit or wrong.</param>
/// <param name="Differences">Expected against got, per field that differs (for a miss or false hit: the bounds).</param>
public sealed record EvaluationFinding(
    string Article,
    string Story,
    int? Offset,
    string Text,
    FindingKind Kind,
    IReadOnlyList<FieldDifference> Differences);
