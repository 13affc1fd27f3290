using Assay.Cli.Ingestion;
using Assay.Cli.Tests.Support;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;

namespace Assay.Cli.Tests;

public sealed class IngesterTests
{
    private static readonly ExtractionPipeline Bare = new ExtractionPipelineBuilder().Build();

    [Fact]
    public void Run_FourWorkers_ReportsWhatOneWorkerReports()
    {
        // Given forty feeds, each with good records, a record repeated from another feed and a bad record
        var files = Enumerable.Range(0, 40).Select(i => $"feed{i:00}.jsonl").ToList();

        // When they are ingested with one worker and with four
        var one = new Ingester(MixedFeed, Bare, new FakeStore()) { Workers = 1, BatchSize = 7 }.Run(files, []);
        var four = new Ingester(MixedFeed, Bare, new FakeStore()) { Workers = 4, BatchSize = 7 }.Run(files, []);

        // Then the counts agree, and the skips come in input order (file, then line) both times
        Assert.Equal((40, 120, 100, 20), (one.Files, one.Read, one.Stored, one.Unchanged));
        Assert.Equal((one.Files, one.Read, one.Stored, one.Unchanged), (four.Files, four.Read, four.Stored, four.Unchanged));
        var expected = files.Select(f => $"{f}:3: invalid JSON").ToList();
        Assert.Equal(expected, one.Skipped.Select(s => s.ToString()));
        Assert.Equal(expected, four.Skipped.Select(s => s.ToString()));
    }

    [Fact]
    public void Run_FirstFileSlow_StoresInInputOrderAndKeepsTheFirstCopy()
    {
        // Given twenty files whose first is slow to read, and whose sixth repeats the first's text
        IEnumerable<ReadResult> Slow(string path)
        {
            if (path == "f00.txt")
            {
                Thread.Sleep(200);
            }

            var text = path == "f05.txt" ? "Text of f00.txt." : $"Text of {path}.";
            return [ReadResult.Ok(path, Article.FromText(text) with { Location = path })];
        }

        var files = Enumerable.Range(0, 20).Select(i => $"f{i:00}.txt").ToList();
        var store = new FakeStore();

        // When four workers ingest them
        var report = new Ingester(Slow, Bare, store) { Workers = 4, BatchSize = 3 }.Run(files, []);

        // Then the articles get ids in file order, and the repeated text is kept from the earlier file
        Assert.Equal((19, 1), (report.Stored, report.Unchanged));
        Assert.Equal(files.Where(f => f != "f05.txt"), store.Articles().OrderBy(a => a.Id).Select(a => a.Location));
    }

    [Fact]
    public void Run_SlowSaves_ReportsTheTimeTheSavesTook()
    {
        // Given twelve articles in batches of four, and a store whose every save takes 50 ms
        var files = Enumerable.Range(0, 12).Select(i => $"s{i:00}.txt").ToList();
        var store = new FakeStore { BeforeSave = _ => Thread.Sleep(50) };
        IEnumerable<ReadResult> Read(string path) => [ReadResult.Ok(path, Article.FromText($"Text of {path}.") with { Location = path })];

        // When they are ingested
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = new Ingester(Read, Bare, store) { Workers = 2, BatchSize = 4 }.Run(files, []);
        var elapsed = watch.Elapsed;

        // Then the three saves' time is reported, and it is part of the run's time, not more
        Assert.Equal(3, store.SaveCalls);
        Assert.InRange(report.Saving, TimeSpan.FromMilliseconds(150), elapsed);
    }

    [Fact]
    public void Run_SkipsFromTheExpander_ComeFirst()
    {
        // Given a path the expander could not find
        var earlier = new SkippedInput("missing.txt", "not found");

        // When two feeds are ingested with it
        var report = new Ingester(MixedFeed, Bare, new FakeStore()) { Workers = 2 }.Run(["b.jsonl", "a.jsonl"], [earlier]);

        // Then its skip leads, then the feeds' skips in the order the files were given
        Assert.Equal(["missing.txt: not found", "b.jsonl:3: invalid JSON", "a.jsonl:3: invalid JSON"], report.Skipped.Select(s => s.ToString()));
    }

    [Fact]
    public void Run_LongFeed_HoldsOnlyABoundedNumberOfArticles()
    {
        // Given one feed of 5,000 records that counts how many it has handed out
        var produced = 0;
        var saved = 0;
        var mostAhead = 0;
        IEnumerable<ReadResult> Feed(string path)
        {
            for (var i = 0; i < 5000; i++)
            {
                Interlocked.Increment(ref produced);
                yield return ReadResult.Ok($"{path}:{i + 1}", Article.FromText($"Record number {i} of the long feed."));
            }
        }

        var store = new FakeStore
        {
            BeforeSave = batch =>
            {
                mostAhead = Math.Max(mostAhead, Volatile.Read(ref produced) - saved);
                saved += batch.Count;
            },
        };

        // When it is ingested in batches of 10 by two workers
        var report = new Ingester(Feed, Bare, store) { Workers = 2, BatchSize = 10 }.Run(["long.jsonl"], []);

        // Then all are stored, yet the reader was never more than a batch, the channel's capacity (a batch and a read
        // chunk) and one read chunk (records held while the store is asked which are stored) ahead of the store
        Assert.Equal(5000, report.Stored);
        Assert.InRange(mostAhead, 10, 10 + (10 + 32) + 32 + 4);
    }

    [Fact]
    public void Run_StoreFails_ThrowsAndStopsReading()
    {
        // Given a store that fails on its first batch, and 2,000 files
        var store = new FakeStore { BeforeSave = _ => throw new StoreException("disk full") };
        var opened = 0;
        IEnumerable<ReadResult> Counting(string path)
        {
            Interlocked.Increment(ref opened);
            return [ReadResult.Ok(path, Article.FromText($"Text of {path}."))];
        }

        var files = Enumerable.Range(0, 2000).Select(i => $"f{i}.txt").ToList();

        // When they are ingested
        var ingester = new Ingester(Counting, Bare, store) { Workers = 3, BatchSize = 5 };

        // Then the store's exception comes out, and the extractors stopped long before the end of the list
        var thrown = Assert.Throws<StoreException>(() => ingester.Run(files, []));
        Assert.Equal("disk full", thrown.Message);
        Assert.InRange(Volatile.Read(ref opened), 5, 100);
    }

    [Fact]
    public void Run_ReaderThrowsMidFile_KeepsEarlierRecordsAndSkipsTheFile()
    {
        // Given a reader that yields one record of a file and then throws
        static IEnumerable<ReadResult> Breaking(string path)
        {
            yield return ReadResult.Ok(path + ":1", Article.FromText("A record read before the fault."));
            throw new InvalidOperationException("reader bug");
        }

        // When the file is ingested
        var report = new Ingester(Breaking, Bare, new FakeStore()) { Workers = 2 }.Run(["feed.jsonl"], []);

        // Then the first record is stored and the file is listed with the reader's fault
        Assert.Equal(1, report.Stored);
        Assert.Equal("feed.jsonl: reading failed: InvalidOperationException: reader bug", Assert.Single(report.Skipped).ToString());
    }

    [Theory]
    [InlineData("--workers", "0")]
    [InlineData("--workers", "-3")]
    [InlineData("--batch-size", "0")]
    public void Run_WorkersOrBatchBelowOne_FailsWithOneErrorLine(string option, string value)
    {
        // Given a CLI
        var cli = new CliRun();

        // When ingest is asked for fewer than one worker or article per batch
        var exit = cli.Run("ingest", "a.txt", option, value, "--db", CliRun.ExistingDb());

        // Then it exits 1 naming the option, and stores nothing
        Assert.Equal(1, exit);
        Assert.Contains($"{option} must be at least 1", cli.Err.Output, StringComparison.Ordinal);
        Assert.Equal(0, cli.Store.SaveCalls);
    }

    /// <summary>Four records per feed: two of its own, one shared with the previous feed, then a bad line.</summary>
    private static IEnumerable<ReadResult> MixedFeed(string path)
    {
        var n = int.Parse(new string(path.Where(char.IsAsciiDigit).ToArray()) is { Length: > 0 } d ? d : "0", System.Globalization.CultureInfo.InvariantCulture)
            + (path.StartsWith('a') ? 100 : 0);
        yield return ReadResult.Ok(path + ":1", Article.FromText($"Feed {n} says about {n * 10} vehicles moved."));
        yield return ReadResult.Ok(path + ":2", Article.FromText($"Shared report number {n / 2}."));
        yield return ReadResult.Fail(path + ":3", "invalid JSON");
        yield return ReadResult.Ok(path + ":4", Article.FromText($"Feed {n} adds a second note."));
    }
}
