namespace Assay.Extraction.Annotators.Quantities;

/// <summary>A number word or suffix from numbers.tsv.</summary>
/// <param name="Value">What the word is worth alone.</param>
/// <param name="Kind">How it combines with the words around it.</param>
internal readonly record struct NumberWord(double Value, NumberWordKind Kind);
