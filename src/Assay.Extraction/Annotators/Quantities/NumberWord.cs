namespace Assay.Extraction.Annotators.Quantities;

/// <summary>A number word or suffix from numbers.tsv.</summary>
/// <param name="Value">What the word is worth alone.</param>
/// <param name="Kind">How it combines with the words around it.</param>
/// <param name="Cue">The cue of a figure read through it ("word:thousand", "suffix:bn"), written once at load time;
/// null when the word is not ASCII, so that the cue is lowered from the text instead.</param>
internal readonly record struct NumberWord(double Value, NumberWordKind Kind, string? Cue = null);
