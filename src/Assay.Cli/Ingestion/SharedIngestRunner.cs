using Assay.Storage;

namespace Assay.Cli.Ingestion;

/// <summary>Ingests from a queue shared with other processes: enqueues the inputs (as absolute paths, so every worker
/// names a file the same way), then claims a few at a time, ingests them with the normal <see cref="Ingester"/> and
/// marks each done with its counts, until every input is done or failed.</summary>
/// <remarks>Leases are renewed in the background while a claim is being ingested. An input is marked done only after
/// <see cref="Ingester.Run"/> has returned, that is after its last batch committed; a process killed before that
/// leaves its inputs to be taken over when their leases run out, and the re-run stores nothing twice.</remarks>
internal sealed class SharedIngestRunner(IIngestQueue queue, Ingester ingester, string worker, TimeSpan lease)
{
    /// <summary>Tries an input gets before it is marked failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How often to look again while every remaining input is held by another process.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Inputs claimed at once; at least 1.</summary>
    public int ClaimSize { get; init; } = 4;

    /// <summary>Enqueues <paramref name="paths"/> (after expanding folders and globs), works through the queue and
    /// returns what this process did and the queue's totals at the end.</summary>
    public SharedIngestReport Run(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfLessThan(ClaimSize, 1);
        var (files, expanderSkips) = InputExpander.Expand(paths);
        var enqueued = queue.Enqueue(files.Select(Path.GetFullPath).ToList());

        var skipped = new List<SkippedInput>(expanderSkips);
        int read = 0, stored = 0, unchanged = 0, done = 0;
        while (true)
        {
            var claimed = queue.Claim(worker, ClaimSize, lease, MaxAttempts);
            if (claimed.Count == 0)
            {
                // Others still hold inputs: wait for them to finish, or for a stopped one's lease to run out and
                // take its inputs over, so that the totals printed at the end are final.
                if (queue.Totals().Taken == 0)
                {
                    break;
                }

                Thread.Sleep(PollInterval);
                continue;
            }

            IngestReport report;
            using (new LeaseKeeper(queue, worker, lease, claimed))
            {
                try
                {
                    report = ingester.Run(claimed.Select(c => c.Input).ToList(), []);
                }
                catch (Exception ex)
                {
                    // The store failed: give the inputs back (or fail them after their last attempt) before stopping.
                    foreach (var input in claimed)
                    {
                        queue.Fail(input.Id, worker, $"{ex.GetType().Name}: {ex.Message}", MaxAttempts);
                    }

                    throw;
                }
            }

            var counts = report.Inputs ?? throw new InvalidOperationException("The ingester must count per input for a shared run.");
            for (var i = 0; i < claimed.Count; i++)
            {
                // False when this worker's lease ran out and another took the input over: that one reports it.
                if (queue.Complete(claimed[i].Id, worker, counts[i].Stored, counts[i].Unchanged, counts[i].Skipped))
                {
                    done++;
                }
            }

            read += report.Read;
            stored += report.Stored;
            unchanged += report.Unchanged;
            skipped.AddRange(report.Skipped);
        }

        var mine = new IngestReport(done, read, stored, unchanged, skipped);
        return new SharedIngestReport(worker, enqueued, mine, queue.Totals());
    }

    /// <summary>Renews the leases of one claim every third of the lease until disposed.</summary>
    private sealed class LeaseKeeper : IDisposable
    {
        private readonly Timer _timer;

        public LeaseKeeper(IIngestQueue queue, string worker, TimeSpan lease, IReadOnlyList<QueuedInput> claimed)
        {
            var every = lease / 3;
            _timer = new Timer(
                _ =>
                {
                    foreach (var input in claimed)
                    {
                        try
                        {
                            queue.Renew(input.Id, worker, lease);
                        }
#pragma warning disable CA1031 // A missed renewal only risks a takeover, which the idempotent save makes harmless.
                        catch (Exception)
#pragma warning restore CA1031
                        {
                        }
                    }
                },
                null,
                every,
                every);
        }

        public void Dispose()
        {
            // Waits for a renewal in progress, so none runs after the inputs are completed.
            using var stopped = new ManualResetEvent(false);
            if (_timer.Dispose(stopped))
            {
                stopped.WaitOne();
            }
        }
    }
}
