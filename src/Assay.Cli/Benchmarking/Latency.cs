namespace Assay.Cli.Benchmarking;

/// <summary>Latencies of one kind of query: how many were timed, and the median, 95th percentile and slowest.</summary>
/// <param name="Name">What was timed ("claims search").</param>
/// <param name="Samples">Queries timed.</param>
/// <param name="P50Ms">Median, in milliseconds.</param>
/// <param name="P95Ms">95th percentile (nearest rank), in milliseconds.</param>
/// <param name="MaxMs">Slowest, in milliseconds.</param>
/// <param name="Rows">What the queries returned, on average: rows, or bytes of JSON for a series or a story.</param>
internal sealed record Latency(string Name, int Samples, double P50Ms, double P95Ms, double MaxMs, double Rows)
{
    /// <summary>Summarises <paramref name="millis"/> (one per query) and the rows each returned.</summary>
    public static Latency Of(string name, IReadOnlyList<double> millis, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(millis);
        ArgumentNullException.ThrowIfNull(rows);
        if (millis.Count == 0)
        {
            return new Latency(name, 0, 0, 0, 0, 0);
        }

        var sorted = millis.Order().ToArray();
        return new Latency(name, sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1], rows.Count == 0 ? 0 : rows.Average());
    }

    // Nearest rank: the smallest value with at least p of the samples at or below it.
    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
