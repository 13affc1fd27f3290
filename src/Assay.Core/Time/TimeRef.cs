using Assay.Core.Text;

namespace Assay.Core.Time;

/// <summary>A date, month, year or relative expression, resolved against the article's publication date.</summary>
/// <param name="Span">Where the expression stands in the text.</param>
/// <param name="Text">The words as written ("in June of this year").</param>
/// <param name="Value">ISO 8601 value at <paramref name="Granularity"/>: "2024", "2024-06" or "2024-10-28".</param>
/// <param name="Granularity">Day, month or year.</param>
/// <param name="Relation">At, since or by.</param>
/// <param name="Cue">The rule that produced it ("month-year", "relative:last-week").</param>
public sealed record TimeRef(
    TextSpan Span,
    string Text,
    string Value,
    TimeGranularity Granularity,
    TimeRelation Relation,
    string Cue);
