using System.Collections.Concurrent;
using Assay.Storage.Postgres;

namespace Assay.Storage.Tests;

/// <summary>The shared ingest queue on a fresh PostgreSQL database per test; skipped with the reason when no server is
/// configured, failed under CI.</summary>
public sealed class PostgresIngestQueueTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    private readonly List<string> _databases = [];
    private readonly List<IDisposable> _open = [];

    public void Dispose()
    {
        foreach (var item in _open)
        {
            item.Dispose();
        }

        foreach (var name in _databases)
        {
            PostgresTestServer.DropDatabase(name);
        }
    }

    [SkippableFact]
    public void Enqueue_SameInputsTwice_QueuesEachOnce()
    {
        // Given an empty queue
        var queue = NewQueues(1)[0];

        // When three inputs are enqueued, then two of them again with a new one
        var first = queue.Enqueue(["/in/a.txt", "/in/b.txt", "/in/c.txt"]);
        var second = queue.Enqueue(["/in/b.txt", "/in/d.txt", "/in/a.txt"]);

        // Then each is queued once, in the order first given
        Assert.Equal((3, 1), (first, second));
        Assert.Equal(new IngestQueueTotals(4, 0, 0, 0, 0, 0, 0), queue.Totals());
        Assert.Equal(["/in/a.txt", "/in/b.txt", "/in/c.txt", "/in/d.txt"], queue.Claim("w", 10, Long).Select(c => c.Input));
    }

    [SkippableFact]
    public void Claim_TwoConnectionsAtOnce_NeverTakeTheSameInput()
    {
        // Given 300 inputs queued, and two queues on their own connections
        var queues = NewQueues(2);
        queues[0].Enqueue(Enumerable.Range(0, 300).Select(i => $"/in/{i:000}.txt").ToList());
        var taken = new ConcurrentBag<(string Worker, string Input)>();

        // When both claim one to three at a time, as fast as they can, until nothing is left
        Parallel.For(0, 2, w =>
        {
            var worker = $"worker-{w}";
            while (queues[w].Claim(worker, 1 + (taken.Count % 3), Long) is { Count: > 0 } claimed)
            {
                foreach (var input in claimed)
                {
                    taken.Add((worker, input.Input));
                    Assert.True(queues[w].Complete(input.Id, worker, 1, 0, 0));
                }
            }
        });

        // Then every input was taken exactly once, by one of them, and both took some
        Assert.Equal(300, taken.Count);
        Assert.Equal(300, taken.Select(t => t.Input).Distinct().Count());
        Assert.Equal(new IngestQueueTotals(0, 0, 300, 0, 300, 0, 0), queues[0].Totals());
    }

    [SkippableFact]
    public void Claim_LeaseRunOut_AnotherWorkerTakesItOver()
    {
        // Given an input claimed by a worker under a one-second lease, which it then stops renewing
        var queues = NewQueues(2);
        queues[0].Enqueue(["/in/a.txt"]);
        var first = Assert.Single(queues[0].Claim("dead", 5, TimeSpan.FromSeconds(1)));
        Assert.Empty(queues[1].Claim("live", 5, Long));

        // When the lease has run out and another worker claims
        Thread.Sleep(1500);
        var second = Assert.Single(queues[1].Claim("live", 5, Long));

        // Then the other worker holds it, on its second attempt, and the first can neither renew nor complete it
        Assert.Equal((first.Id, 1, 2), (second.Id, first.Attempts, second.Attempts));
        Assert.False(queues[0].Renew(first.Id, "dead", Long));
        Assert.False(queues[0].Complete(first.Id, "dead", 1, 0, 0));
        Assert.True(queues[1].Complete(second.Id, "live", 1, 0, 0));
        Assert.Equal(1, queues[1].Totals().Done);
    }

    [SkippableFact]
    public void Renew_BeforeTheLeaseRunsOut_KeepsOthersAway()
    {
        // Given an input claimed under a 1 s lease (long enough for the renewal to come first on a loaded machine)
        var queues = NewQueues(2);
        queues[0].Enqueue(["/in/a.txt"]);
        var claimed = Assert.Single(queues[0].Claim("busy", 1, TimeSpan.FromSeconds(1)));

        // When its worker renews it for ten minutes and the first lease's time passes
        Assert.True(queues[0].Renew(claimed.Id, "busy", Long));
        Thread.Sleep(1300);

        // Then nobody else can take it
        Assert.Empty(queues[1].Claim("other", 1, Long));
        Assert.Equal(1, queues[1].Totals().Taken);
    }

    [SkippableFact]
    public void Fail_BeforeAndAtMaxAttempts_PendingThenFailedWithTheError()
    {
        // Given one input
        var queue = NewQueues(1)[0];
        queue.Enqueue(["/in/bad.txt"]);

        // When it is claimed and failed three times with at most three attempts
        var states = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var claimed = Assert.Single(queue.Claim("w", 1, Long));
            states.Add(queue.Fail(claimed.Id, "w", $"broken {i}", maxAttempts: 3));
        }

        // Then it went back to pending twice, then failed, and is handed out no more
        Assert.Equal(["pending", "pending", "failed"], states);
        Assert.Empty(queue.Claim("w", 1, Long));
        Assert.Equal(new IngestQueueTotals(0, 0, 0, 1, 0, 0, 0), queue.Totals());
        Assert.Null(queue.Fail(1, "w", "again"));
    }

    [SkippableFact]
    public void Claim_LeaseRunOutMaxTimes_MarksTheInputFailed()
    {
        // Given an input whose workers died holding it twice, with at most two attempts
        var queue = NewQueues(1)[0];
        queue.Enqueue(["/in/crashes.txt", "/in/fine.txt"]);
        Assert.Equal("/in/crashes.txt", queue.Claim("w1", 1, TimeSpan.FromMilliseconds(100), maxAttempts: 2)[0].Input);
        Thread.Sleep(250);
        Assert.Equal("/in/crashes.txt", queue.Claim("w2", 1, TimeSpan.FromMilliseconds(100), maxAttempts: 2)[0].Input);
        Thread.Sleep(250);

        // When a worker claims again
        var next = queue.Claim("w3", 1, Long, maxAttempts: 2);

        // Then the abandoned input is failed and the next one is handed out instead
        Assert.Equal("/in/fine.txt", Assert.Single(next).Input);
        Assert.Equal((1, 1), (queue.Totals().Failed, queue.Totals().Taken));
    }

    private PostgresIngestQueue[] NewQueues(int count)
    {
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        var queues = Enumerable.Range(0, count).Select(_ => PostgresIngestQueue.Open(connectionString)).ToArray();
        _open.AddRange(queues);
        return queues;
    }
}
