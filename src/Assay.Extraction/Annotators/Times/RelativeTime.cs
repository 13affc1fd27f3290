namespace Assay.Extraction.Annotators.Times;

/// <summary>A relative expression from time-relative.tsv: a unit and how many of them from the publication date.</summary>
/// <param name="Unit">Day, week, month or year.</param>
/// <param name="Offset">Units from the publication date's own (-1 = the previous one).</param>
internal readonly record struct RelativeTime(TimeUnit Unit, int Offset);
