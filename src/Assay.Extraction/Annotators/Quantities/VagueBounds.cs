namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The documented inclusive bounds of a vague count ("dozens" = 24 to 99).</summary>
internal readonly record struct VagueBounds(double Low, double High);
