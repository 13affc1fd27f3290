namespace Assay.Extraction.Annotators.Times;

/// <summary>A month name from time-months.tsv.</summary>
/// <param name="Month">1 to 12.</param>
/// <param name="Abbreviation">True for "Oct", "Sept": a month only with a full stop or a day after it.</param>
internal readonly record struct MonthName(int Month, bool Abbreviation);
