namespace Assay.Extraction.Evaluation;

/// <summary>One field whose predicted value differs from the gold one; null means "no value".</summary>
/// <param name="Field">The field.</param>
/// <param name="Expected">The gold value as text, or null.</param>
/// <param name="Got">The predicted value as text, or null.</param>
public sealed record FieldDifference(EvalField Field, string? Expected, string? Got);
