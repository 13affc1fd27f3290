namespace Assay.Analysis.Estimates;

/// <summary>Every figure for one counted subject over time, by origin, with revisions marked and the pooled range
/// per like-for-like group (scope and status).</summary>
/// <param name="Key">Normalised subject key ("north-korea troops").</param>
/// <param name="Label">Readable subject, as the articles spell it ("North Korean troops").</param>
/// <param name="Points">Figures by as-of date, then origin.</param>
/// <param name="Pool">The pooled range per scope and status, from the points not excluded.</param>
public sealed record SubjectSeries(string Key, string Label, IReadOnlyList<SeriesPoint> Points, PoolResult Pool)
{
    /// <summary>Distinct origins in the series.</summary>
    public int OriginCount => Points.Select(p => p.Point.OriginId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Claims behind the series, repeats included.</summary>
    public int ClaimCount => Points.Sum(p => p.Claims.Count);

    /// <summary>"north korean troops in Russia" for the series' main scope; the label alone when it has none.</summary>
    public string Describe()
    {
        var scope = Points.GroupBy(p => p.Point.Scope, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "";
        return scope.Length == 0 ? Label : Label + " in " + scope;
    }
}
