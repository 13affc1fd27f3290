using System.Collections.Concurrent;
using System.Threading.Channels;
using Assay.Cli.Infrastructure;
using Assay.Core.Claims;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;

namespace Assay.Cli.Ingestion;

/// <summary>Reads files and extracts their articles on <see cref="Workers"/> threads, and saves the extractions in
/// batches from one writer.</summary>
/// <remarks>Bad inputs and extraction failures for one article are recorded and skipped; only a store failure
/// stops the run (it throws). Extractors hand their results to the writer through a bounded channel, so however
/// large the corpus, at most a batch plus the channel's capacity of extractions is held at once.</remarks>
internal sealed class Ingester(FileReader reader, ExtractionPipeline pipeline, IStore store)
{
    /// <summary>Extractions saved per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Threads reading files and extracting articles; at least 1.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Ingests <paramref name="files"/>; <paramref name="onFileDone"/> is called after each file, always
    /// from the calling thread.</summary>
    /// <remarks>Skips are reported in input order (the order of <paramref name="files"/>, then line within a file),
    /// whatever the number of workers.</remarks>
    public IngestReport Run(IReadOnlyList<string> files, IReadOnlyList<SkippedInput> alreadySkipped, Action<string>? onFileDone = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(alreadySkipped);
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);

        // A few items per worker keeps every extractor busy while the writer is inside a transaction.
        var channel = Channel.CreateBounded<Item>(new BoundedChannelOptions(Math.Max(16, Workers * 4))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var work = new WorkList(files);
        using var stop = new CancellationTokenSource();
        var extractors = Enumerable.Range(0, Math.Min(Workers, Math.Max(1, files.Count)))
            .Select(_ => Task.Run(() => ExtractAsync(work, channel.Writer, stop.Token), CancellationToken.None))
            .ToArray();
        var extracted = Task.WhenAll(extractors).ContinueWith(
            t => channel.Writer.TryComplete(t.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        try
        {
            var report = Write(channel.Reader, files.Count, alreadySkipped, onFileDone);
            extracted.GetAwaiter().GetResult();
            return report;
        }
        catch
        {
            // Stop the extractors before the exception leaves: they must not outlive the store they feed.
            stop.Cancel();
            WaitQuietly(extracted);
            throw;
        }
    }

    private IngestReport Write(ChannelReader<Item> items, int fileCount, IReadOnlyList<SkippedInput> alreadySkipped, Action<string>? onFileDone)
    {
        var skipped = new List<(int File, int Ordinal, SkippedInput Skip)>();
        var batch = new List<ArticleExtraction>(BatchSize);
        int read = 0, stored = 0, unchanged = 0;

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var result in store.Save(batch))
            {
                if (result.Added)
                {
                    stored++;
                }
                else
                {
                    unchanged++;
                }
            }

            batch.Clear();
        }

        // The writer is the calling thread: it owns the store and the progress callback, neither of which need be
        // thread-safe.
        while (items.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (items.TryRead(out var item))
            {
                read += item.Read ? 1 : 0;
                unchanged += item.Duplicate ? 1 : 0;
                if (item.Skip is { } skip)
                {
                    skipped.Add((item.File, item.Ordinal, skip));
                }

                if (item.Extraction is { } extraction)
                {
                    batch.Add(extraction);
                    if (batch.Count >= BatchSize)
                    {
                        Flush();
                    }
                }

                if (item.DoneFile is { } done)
                {
                    onFileDone?.Invoke(done);
                }
            }
        }

        Flush();
        var ordered = skipped
            .OrderBy(s => s.File)
            .ThenBy(s => s.Ordinal)
            .Select(s => s.Skip);
        return new IngestReport(fileCount, read, stored, unchanged, [.. alreadySkipped, .. ordered]);
    }

    private async Task ExtractAsync(WorkList work, ChannelWriter<Item> items, CancellationToken stop)
    {
        while (work.TryTake(out var index, out var file))
        {
            var ordinal = 0;
            using var results = OpenSafely(file, out var openFailure);
            if (results is null)
            {
                await items.WriteAsync(Item.Skipped(index, ordinal, openFailure!), stop).ConfigureAwait(false);
            }

            while (results is not null)
            {
                stop.ThrowIfCancellationRequested();
                if (!NextSafely(results, file, out var result, out var readFailure))
                {
                    if (readFailure is not null)
                    {
                        await items.WriteAsync(Item.Skipped(index, ordinal, readFailure), stop).ConfigureAwait(false);
                    }

                    break;
                }

                await items.WriteAsync(Extract(index, ordinal++, result!, work), stop).ConfigureAwait(false);
            }

            await items.WriteAsync(Item.Done(index, file), stop).ConfigureAwait(false);
        }
    }

    private Item Extract(int file, int ordinal, ReadResult result, WorkList work)
    {
        if (result.Article is not { } article)
        {
            return Item.Skipped(file, ordinal, SkippedInput.FromFailedRead(result));
        }

        if (!work.FirstSight(article.ContentHash))
        {
            // The same content twice in one run: the store would keep one copy anyway, so it is not extracted.
            return Item.Repeated(file, ordinal);
        }

        try
        {
            return Item.Extracted(file, ordinal, pipeline.Extract(article));
        }
#pragma warning disable CA1031 // An extraction bug on one article must not cost the analyst the rest of the batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Item.Failed(file, ordinal, new SkippedInput(result.Location, $"extraction failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private IEnumerator<ReadResult>? OpenSafely(string file, out SkippedInput? failure)
    {
        failure = null;
        try
        {
            return reader(file).GetEnumerator();
        }
#pragma warning disable CA1031 // A reader bug on one file must not stop the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ReadingFailed(file, ex);
            return null;
        }
    }

    private static bool NextSafely(IEnumerator<ReadResult> results, string file, out ReadResult? result, out SkippedInput? failure)
    {
        // Records are streamed one at a time, so a JSON Lines file of any length is never held whole; a reader bug
        // mid-file skips the rest of that file only, keeping the records read before it.
        result = null;
        failure = null;
        try
        {
            if (!results.MoveNext())
            {
                return false;
            }

            result = results.Current;
            return true;
        }
#pragma warning disable CA1031 // A reader bug on one file must not stop the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ReadingFailed(file, ex);
            return false;
        }
    }

    private static SkippedInput ReadingFailed(string file, Exception ex) =>
        new(file, $"reading failed: {ex.GetType().Name}: {ex.Message}");

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // The writer's exception is the one reported; the extractors' cancellation is expected.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>One extractor result for the writer; <see cref="File"/> and <see cref="Ordinal"/> place it in input order.</summary>
    private readonly record struct Item(
        int File, int Ordinal, bool Read, bool Duplicate, ArticleExtraction? Extraction, SkippedInput? Skip, string? DoneFile)
    {
        public static Item Extracted(int file, int ordinal, ArticleExtraction extraction) => new(file, ordinal, true, false, extraction, null, null);

        public static Item Repeated(int file, int ordinal) => new(file, ordinal, true, true, null, null, null);

        public static Item Failed(int file, int ordinal, SkippedInput skip) => new(file, ordinal, true, false, null, skip, null);

        public static Item Skipped(int file, int ordinal, SkippedInput skip) => new(file, ordinal, false, false, null, skip, null);

        public static Item Done(int file, string path) => new(file, int.MaxValue, false, false, null, null, path);
    }

    /// <summary>The files still to be taken by an extractor, in order, and the content hashes seen so far.</summary>
    private sealed class WorkList(IReadOnlyList<string> files)
    {
        private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

        private int _next = -1;

        public bool TryTake(out int index, out string file)
        {
            index = Interlocked.Increment(ref _next);
            file = index < files.Count ? files[index] : string.Empty;
            return index < files.Count;
        }

        public bool FirstSight(string contentHash) => _seen.TryAdd(contentHash, 0);
    }
}
