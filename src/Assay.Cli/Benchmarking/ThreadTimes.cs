using System.Globalization;

namespace Assay.Cli.Benchmarking;

/// <summary>Processor time by thread name (the store's follower, the runtime's compiler and collector, the pool's
/// workers that read, extract and save), so a benchmark shows where the time went, not only how much.</summary>
/// <remarks>Read from /proc/self/task on Linux; empty elsewhere. Threads that ended between two readings are lost
/// from the second; the pool keeps its workers for the length of an ingest, so little is.</remarks>
internal static class ThreadTimes
{
    /// <summary>Seconds on the processor so far, summed by thread name.</summary>
    public static IReadOnlyDictionary<string, double> Read()
    {
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                try
                {
                    var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                    var onCpu = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0];
                    times[name] = times.GetValueOrDefault(name) + (double.Parse(onCpu, CultureInfo.InvariantCulture) / 1e9);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
                {
                    // The thread ended while it was being read.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Dictionary<string, double>();
        }

        return times;
    }

    /// <summary>The time each thread name gained from <paramref name="before"/> to <paramref name="after"/>, largest
    /// first, leaving out names under 10 ms (a short run does most of its work in well under a second).</summary>
    public static IReadOnlyList<ThreadTime> Between(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after) =>
        [.. after
            .Select(a => new ThreadTime(a.Key, a.Value - before.GetValueOrDefault(a.Key)))
            .Where(t => t.Seconds >= 0.01)
            .OrderByDescending(t => t.Seconds)];
}
