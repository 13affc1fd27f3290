using Assay.Analysis.Estimates;
using Assay.Workspace;

namespace Assay.Interop.Tables;

/// <summary>The estimates table: one row per point of every estimate series (one origin's figure on one date), with
/// the point's weight in its like-for-like pool and that pool's range repeated on each of its rows.</summary>
/// <remarks>The pooled range sits in columns rather than rows of its own so that every row means one thing, a point,
/// and a spreadsheet filter on subject, scope and status shows the points beside the range they pool to.</remarks>
internal static class EstimateTable
{
    public static IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("subject_key", "Normalised subject key of the series (\"north-korea troops\")."),
        new("subject", "Readable subject: what the figures count, as the articles spell it (\"North Korean troops\")."),
        new("date", "The date the figure describes, or else its publication date (yyyy-mm-dd)."),
        new("origin_id", "The origin the figure comes from (\"source:south-korea-nis\")."),
        new("origin", "The origin's readable name."),
        new("value", "The figure as a reader would say it (\"1,500–12,000\", \">1,000\", \"~500\")."),
        new("low", "Lower bound; empty when none was stated (\"up to 12,000\"). A range keeps both bounds."),
        new("high", "Upper bound; empty when none was stated (\"more than 1,000\")."),
        new("qualifier", "How the figure was qualified: exact, approximate, at_least, more_than, up_to, less_than, range, vague."),
        new("unit", "What is counted (the series' subject)."),
        new("scope", "Where the count applies; empty when unstated."),
        new("status", "observed_count, assessment, increment or projection; only like statuses are pooled together."),
        new("revision", "How it moves from the origin's previous like-for-like figure: first, unchanged, up, down, widened, narrowed, requalified."),
        new("claims", "The claims that state it (\"12/c3\"), oldest first, separated by \"; \" (an array in JSON Lines)."),
        new("outlets", "Distinct outlets that carried it, separated by \"; \" (an array in JSON Lines)."),
        new("excluded", "Why it is left out of the pool (refuted, rests on a refuted report); empty when pooled."),
        new("weight", "Its weight in the pool: reliability × independence × recency; 0 once superseded; empty when excluded."),
        new("superseded", "true when the same origin gave a later figure for the same group, so this one weighs nothing."),
        new("pool_low", "10th percentile of the pooled distribution of its group (subject, scope, status); empty when nothing weighs."),
        new("pool_median", "Median of that pooled distribution."),
        new("pool_high", "90th percentile of that pooled distribution."),
        new("pool_raw_low", "Smallest stated bound among the group's current figures."),
        new("pool_raw_high", "Largest stated bound among the group's current figures."),
        new("pool_origins", "Distinct origins in the group."),
    ];

    public static IEnumerable<object?[]> Rows(InteropSnapshot snapshot)
    {
        foreach (var series in snapshot.Series)
        {
            foreach (var sp in series.Points)
            {
                var point = sp.Point;
                var group = sp.Excluded is null ? series.Pool.Groups.FirstOrDefault(g => g.Key == LikeKey.Of(point)) : null;
                WeightedEstimate? weighted = group?.Estimates.FirstOrDefault(e => e.Point.Equals(point)) is { Point: not null } w ? w : null;
                yield return
                [
                    series.Key, series.Label, IsoDates.Format(point.AsOf), point.OriginId, point.OriginName ?? point.OriginId,
                    FigureText.Bounds(point.Low, point.High, point.Qualifier), point.Low, point.High, EnumNames.Of(point.Qualifier),
                    series.Label, TableCells.Text(point.Scope), EnumNames.Of(point.Status), EnumNames.Of(sp.Revision),
                    sp.Claims.Select(c => c.ToString()).ToArray(), sp.Outlets.ToArray(), sp.Excluded,
                    weighted is { } x ? Math.Round(x.Weight, 6) : null, weighted?.Superseded,
                    Round(group?.LinearPool?.P10), Round(group?.LinearPool?.Median), Round(group?.LinearPool?.P90),
                    group?.RawLow, group?.RawHigh, group?.OriginCount,
                ];
            }
        }
    }

    // Pooled quantiles come from numeric integration: two decimals are all a count needs, and keep the bytes stable.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
