using Assay.Cli.Ingestion;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage.Sqlite;

namespace Assay.Cli.Tests;

/// <summary>Ingesting what is stored already: counted as unchanged, without extracting it again.</summary>
public sealed class IngesterRerunTests
{
    [Fact]
    public void Run_EverythingStoredAlready_ExtractsNothingAndReportsAsBefore()
    {
        // Given twelve feeds of 40 records each (one shared with a neighbouring feed, one bad line), ingested once
        var files = Enumerable.Range(0, 12).Select(i => $"feed{i:00}.jsonl").ToList();
        using var store = SqliteStore.OpenInMemory();
        var first = new Ingester(Feed, Counting(out _), store) { Workers = 3, BatchSize = 25 }.Run(files, []);

        // When they are ingested again into the same store
        var second = new Ingester(Feed, Counting(out var extracted), store) { Workers = 3, BatchSize = 25 }.Run(files, []);

        // Then no article is extracted, every one read is counted as already stored, and the skips are the same
        Assert.Equal((12, 468, 462, 6), (first.Files, first.Read, first.Stored, first.Unchanged));
        Assert.Equal(0, extracted.Count);
        Assert.Equal((12, 468, 0, 468), (second.Files, second.Read, second.Stored, second.Unchanged));
        Assert.Equal(first.Skipped.Select(s => s.ToString()), second.Skipped.Select(s => s.ToString()));
        Assert.Equal(462, store.Stats().Articles);
    }

    [Fact]
    public void Run_HalfStoredAlready_ExtractsOnlyTheRestAndCountsAsTheSaveWould()
    {
        // Given the even feeds ingested already: 6 x 38 articles of their own and the 6 bulletins they share
        var files = Enumerable.Range(0, 12).Select(i => $"feed{i:00}.jsonl").ToList();
        using var store = SqliteStore.OpenInMemory();
        new Ingester(Feed, Counting(out _), store).Run(files.Where((_, i) => i % 2 == 0).ToList(), []);
        Assert.Equal(234, store.Stats().Articles);

        // When every feed is ingested
        var report = new Ingester(Feed, Counting(out var extracted), store) { Workers = 2, BatchSize = 10 }.Run(files, []);

        // Then only the odd feeds' own articles are extracted and stored; the rest count as already stored
        Assert.Equal(228, extracted.Count);
        Assert.Equal((468, 228, 240, 12), (report.Read, report.Stored, report.Unchanged, report.Skipped.Count));
        Assert.Equal(462, store.Stats().Articles);
    }

    [Fact]
    public void Run_CountPerInput_GivesEachFilesOwnCountsInInputOrder()
    {
        // Given feeds 0 and 1 stored already, and feeds 0 to 3 to ingest with per-input counts
        var files = Enumerable.Range(0, 4).Select(i => $"feed{i:00}.jsonl").ToList();
        using var store = SqliteStore.OpenInMemory();
        new Ingester(Feed, Counting(out _), store).Run(files.Take(2).ToList(), []);

        // When they are ingested by three workers in small batches
        var report = new Ingester(Feed, Counting(out _), store) { Workers = 3, BatchSize = 7, CountPerInput = true }.Run(files, []);

        // Then feeds 0 and 1 are all unchanged, feed 2 is all new, feed 3 repeats feed 2's bulletin, each skips a line
        Assert.Equal(
            [new InputCounts(0, 39, 1), new InputCounts(0, 39, 1), new InputCounts(39, 0, 1), new InputCounts(38, 1, 1)],
            report.Inputs);
    }

    [Fact]
    public void Run_WithoutCountPerInput_GivesNoPerInputCounts()
    {
        // Given one feed, when it is ingested without asking for per-input counts
        using var store = SqliteStore.OpenInMemory();
        var report = new Ingester(Feed, Counting(out _), store).Run(["feed00.jsonl"], []);

        // Then the report carries totals only
        Assert.Null(report.Inputs);
        Assert.Equal(39, report.Stored);
    }

    /// <summary>Forty records per feed: 38 of its own, a bulletin shared by feeds 2k and 2k+1, and a bad line.</summary>
    private static IEnumerable<ReadResult> Feed(string path)
    {
        var n = int.Parse(new string(path.Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 38; i++)
        {
            yield return ReadResult.Ok($"{path}:{i + 1}", Article.FromText($"Feed {n} note {i}: about {(n * 100) + i} vehicles were seen."));
        }

        yield return ReadResult.Ok($"{path}:39", Article.FromText($"A bulletin shared by feeds {n / 2 * 2} and {(n / 2 * 2) + 1}."));
        yield return ReadResult.Fail($"{path}:40", "invalid JSON");
    }

    /// <summary>A pipeline that only counts the documents it is given.</summary>
    private static ExtractionPipeline Counting(out CountingAnnotator counter)
    {
        counter = new CountingAnnotator();
        return new ExtractionPipelineBuilder().Use(counter).Build();
    }

    private sealed class CountingAnnotator : IAnnotator
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string Name => "counting";

        public void Annotate(AnnotatedDocument document) => Interlocked.Increment(ref _count);
    }
}
