using Assay.Core.Text;

namespace Assay.Extraction.Evaluation;

/// <summary>A gold quantity paired with a predicted one whose span overlaps an occurrence of the gold text.</summary>
/// <param name="Gold">Index into the gold quantities.</param>
/// <param name="Predicted">Index into the extraction's quantities.</param>
/// <param name="Occurrence">The occurrence of the gold text the prediction overlaps.</param>
public readonly record struct QuantityPair(int Gold, int Predicted, TextSpan Occurrence);
