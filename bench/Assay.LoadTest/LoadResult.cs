using System.Net;

namespace Assay.LoadTest;

/// <summary>What a measured run did: every successful request's latency (sorted), the failures, and the time taken.</summary>
internal sealed record LoadResult(double[] SortedMillis, int Failed, TimeSpan Elapsed, int Concurrency, HttpStatusCode[] Statuses)
{
    /// <summary>Successful requests.</summary>
    public int Succeeded => SortedMillis.Length;

    /// <summary>Successful requests per second.</summary>
    public double RequestsPerSecond => Succeeded / Elapsed.TotalSeconds;

    /// <summary>The latency at or below which <paramref name="p"/> of the requests finished (nearest rank), in milliseconds.</summary>
    public double Percentile(double p) =>
        SortedMillis.Length == 0 ? 0 : SortedMillis[Math.Clamp((int)Math.Ceiling(p * SortedMillis.Length) - 1, 0, SortedMillis.Length - 1)];
}
