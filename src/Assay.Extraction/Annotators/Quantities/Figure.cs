namespace Assay.Extraction.Annotators.Quantities;

/// <summary>One figure read from tokens: digits, number words or a vague count, before qualifiers are applied.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">Token just past the figure.</param>
/// <param name="Value">The value (for a vague count, its low bound).</param>
/// <param name="Scale">The multiplier a scale word or suffix applied (1 when none), so a range can share it.</param>
/// <param name="Vague">Bounds of a vague count, or null for a figure.</param>
/// <param name="Cue">How it was read ("digits", "word:thousand", "vague:dozens").</param>
/// <param name="YearLike">A bare four-digit integer from 1900 to 2100, which is more often a year than a count.</param>
internal readonly record struct Figure(int Start, int End, double Value, double Scale, VagueBounds? Vague, string Cue, bool YearLike)
{
    /// <summary>The value before the scale was applied ("12" in "12 thousand").</summary>
    public double Unscaled => Value / Scale;
}
