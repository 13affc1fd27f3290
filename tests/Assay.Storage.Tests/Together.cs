namespace Assay.Storage.Tests;

/// <summary>Runs the same work on several threads released at one moment, as processes started together would.</summary>
internal static class Together
{
    /// <summary>Starts <paramref name="count"/> threads that each wait for all the others, then run
    /// <paramref name="work"/>; returns each one's result, rethrowing the first failure.</summary>
    public static IReadOnlyList<T> Run<T>(int count, Func<T> work)
    {
        using var start = new Barrier(count);
        var runs = Enumerable.Range(0, count)
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return work();
                },
                TaskCreationOptions.LongRunning))
            .ToArray();
        return [.. runs.Select(r => r.GetAwaiter().GetResult())];
    }
}
