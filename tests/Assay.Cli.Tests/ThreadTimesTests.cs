using System.Diagnostics;
using Assay.Cli.Benchmarking;

namespace Assay.Cli.Tests;

public sealed class ThreadTimesTests
{
    [Fact]
    public void Between_ThreadThatWorked_ReportsItsTimeUnderItsName()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Thread times are read from /proc; elsewhere the report leaves them out.
        }

        // Given a named thread that keeps the processor busy for 200 ms of its own time (not of the clock's: on a
        // loaded machine it gets a share of a core) and then waits, still alive
        using var worked = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var before = ThreadTimes.Read();
        var thread = new Thread(() =>
        {
            var spin = Stopwatch.StartNew();
            var x = 0L;
            while (OwnProcessorNanoseconds() < 200_000_000 && spin.Elapsed < TimeSpan.FromSeconds(30))
            {
                for (var i = 0; i < 10_000; i++)
                {
                    x += spin.ElapsedTicks % 7;
                }
            }

            GC.KeepAlive(x);
            worked.Set();
            release.Wait();
        })
        { Name = "assay-burn" };
        thread.Start();
        worked.Wait();

        // When the times are read again and compared
        var times = ThreadTimes.Between(before, ThreadTimes.Read());
        release.Set();
        thread.Join();

        // Then the thread is listed by its name with at least part of its busy time, and the list is largest first
        var burn = Assert.Single(times, t => t.Name == "assay-burn");
        Assert.InRange(burn.Seconds, 0.05, 5);
        Assert.Equal(times.OrderByDescending(t => t.Seconds).Select(t => t.Name), times.Select(t => t.Name));
    }

    // The calling thread's time on a processor so far, as the kernel counts it (the same source ThreadTimes reads).
    private static long OwnProcessorNanoseconds() =>
        long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
