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

        // Given a named thread that keeps the processor busy for 200 ms and then waits, still alive
        using var worked = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var before = ThreadTimes.Read();
        var thread = new Thread(() =>
        {
            var spin = Stopwatch.StartNew();
            var x = 0L;
            while (spin.ElapsedMilliseconds < 200)
            {
                x += spin.ElapsedTicks % 7;
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
}
