using System.Diagnostics;
using System.Threading.Channels;
using Assay.Cli.Infrastructure;
using Assay.Core.Claims;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;

namespace Assay.Cli.Ingestion;

/// <summary>Reads files and extracts their articles on <see cref="Workers"/> threads, and saves the extractions in
/// batches, in input order, from one writer.</summary>
/// <remarks>Bad inputs and extraction failures for one article are recorded and skipped; only a store failure
/// stops the run (it throws). Each extractor hands its results to the writer through its own bounded channel, so
/// however large the corpus, at most a batch, the channels' capacity and one read chunk per extractor is held at
/// once; the writer takes the files in the order given, so article ids, the copy kept of a repeated text and the
/// report are the same whatever the number of workers. Records are read in chunks and the store is asked once per chunk which
/// of their content hashes it holds already: those are counted as unchanged without being extracted, so a re-run
/// costs reading time, not extraction time.</remarks>
/// <param name="reader">Reads a file into articles.</param>
/// <param name="pipeline">Extracts an article.</param>
/// <param name="store">Where the writer saves the extractions.</param>
/// <param name="lookups">A second handle on the same store for the extractors' "is it stored" lookups, so they need
/// not wait while the writer is inside a transaction; null to share <paramref name="store"/> (they then take turns).</param>
internal sealed class Ingester(FileReader reader, ExtractionPipeline pipeline, IStore store, IStore? lookups = null)
{
    /// <summary>Records read from a file before the store is asked which of them it holds.</summary>
    private const int ReadChunk = 32;

    // A store serves one thread at a time: extractors take turns on the lookup handle, and when it is the writer's own
    // store the writer's saves take the same turns.
    private readonly Lock _lookupLock = new();
    private readonly IStore _lookups = lookups ?? store;

    /// <summary>Results an extractor may have waiting for the writer: a batch and a read chunk, so that extractors
    /// keep working the whole time the writer is inside a transaction instead of taking turns with it.</summary>
    private int QueueLength => BatchSize + ReadChunk;

    /// <summary>Extractions saved per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Threads reading files and extracting articles; at least 1.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>When set, the report also gives each file's own counts (<see cref="IngestReport.Inputs"/>), for a
    /// shared queue that records them per input; off by default, as it holds a few numbers per file.</summary>
    public bool CountPerInput { get; init; }

    /// <summary>Ingests <paramref name="files"/>; <paramref name="onFileDone"/> is called after each file, in order,
    /// by one thread at a time.</summary>
    /// <remarks>Skips are reported in input order (the order of <paramref name="files"/>, then line within a file).</remarks>
    public IngestReport Run(IReadOnlyList<string> files, IReadOnlyList<SkippedInput> alreadySkipped, Action<string>? onFileDone = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(alreadySkipped);
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);

        var work = new WorkList(files);
        using var stop = new CancellationTokenSource();
        var queues = Enumerable.Range(0, Math.Min(Workers, Math.Max(1, files.Count)))
            .Select(_ => Channel.CreateBounded<Item>(new BoundedChannelOptions(QueueLength)
            {
                SingleReader = true,
                SingleWriter = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))
            .ToArray();
        var extractors = queues
            .Select(queue => Task.Run(() => ExtractAsync(work, queue.Writer, stop.Token), CancellationToken.None))
            .ToArray();
        var extracted = Task.WhenAll(extractors);

        try
        {
            // Blocked on once, not per item: a thread blocking on each read spins first, and on a small machine that
            // spinning takes the processor from the extractors.
            var report = WriteAsync([.. queues.Select(q => q.Reader)], files.Count, alreadySkipped, onFileDone).GetAwaiter().GetResult();
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

    private async Task<IngestReport> WriteAsync(ChannelReader<Item>[] queues, int fileCount, IReadOnlyList<SkippedInput> alreadySkipped, Action<string>? onFileDone)
    {
        var skipped = new List<SkippedInput>(alreadySkipped);
        var batch = new List<PreparedArticle>(BatchSize);
        var batchFiles = new List<int>(BatchSize);
        // Hashes in the batch being filled only: a hash set of the whole run would grow with the corpus (a million
        // hashes are over 150 MB), and a repeat in a later batch is found by the store and reported unchanged anyway.
        var inBatch = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, stored = 0, unchanged = 0;
        var saving = TimeSpan.Zero;
        var perInput = CountPerInput ? new InputCounts[fileCount] : null;

        void Count(int file, int addStored, int addUnchanged, int addSkipped)
        {
            if (perInput is not null)
            {
                var c = perInput[file];
                perInput[file] = new InputCounts(c.Stored + addStored, c.Unchanged + addUnchanged, c.Skipped + addSkipped);
            }
        }

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            IReadOnlyList<SaveResult> results;
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (ReferenceEquals(_lookups, store))
                {
                    lock (_lookupLock)
                    {
                        results = store.SavePrepared(batch);
                    }
                }
                else
                {
                    results = store.SavePrepared(batch);
                }
            }
            finally
            {
                saving += Stopwatch.GetElapsedTime(started);
                foreach (var prepared in batch)
                {
                    prepared.Dispose();
                }
            }

            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Added)
                {
                    stored++;
                    Count(batchFiles[i], 1, 0, 0);
                }
                else
                {
                    unchanged++;
                    Count(batchFiles[i], 0, 1, 0);
                }
            }

            batch.Clear();
            inBatch.Clear();
            batchFiles.Clear();
        }

        // One writer owns the saves and the progress callback; the extractors only look hashes up, between saves.
        for (var file = 0; file < fileCount; file++)
        {
            var queue = await QueueHoldingAsync(queues, file).ConfigureAwait(false);
            while (true)
            {
                if (!queue.TryRead(out var item))
                {
                    if (!await queue.WaitToReadAsync().ConfigureAwait(false))
                    {
                        throw new InvalidOperationException($"An extractor stopped in the middle of file {file}.");
                    }

                    continue;
                }

                read += item.Read ? 1 : 0;
                if (item.Skip is { } skip)
                {
                    skipped.Add(skip);
                    Count(file, 0, 0, 1);
                }

                if (item.StoredHash is { } known)
                {
                    // Stored before this chunk was read: the save would have found it and left it unchanged.
                    unchanged++;
                    Count(file, 0, 1, 0);
                }

                if (item.Prepared is { } prepared)
                {
                    if (!inBatch.Add(prepared.ContentHash))
                    {
                        // The same content twice in one batch: the store would keep one copy anyway.
                        prepared.Dispose();
                        unchanged++;
                        Count(file, 0, 1, 0);
                    }
                    else
                    {
                        batch.Add(prepared);
                        batchFiles.Add(file);
                        if (batch.Count >= BatchSize)
                        {
                            Flush();
                        }
                    }
                }

                if (item.DoneFile is { } done)
                {
                    onFileDone?.Invoke(done);
                    break;
                }
            }
        }

        Flush();
        return new IngestReport(fileCount, read, stored, unchanged, skipped) { Inputs = perInput, Saving = saving };
    }

    private static async Task<ChannelReader<Item>> QueueHoldingAsync(ChannelReader<Item>[] queues, int file)
    {
        // Extractors take files in order and the writer has finished every earlier file, so the file's first result
        // is at the head of exactly one queue once its extractor has produced it.
        while (true)
        {
            var empty = new List<Task<bool>>();
            foreach (var queue in queues)
            {
                if (queue.TryPeek(out var head))
                {
                    if (head.File == file)
                    {
                        return queue;
                    }
                }
                else if (!queue.Completion.IsCompleted)
                {
                    empty.Add(queue.WaitToReadAsync().AsTask());
                }
                else
                {
                    // Surfaces an extractor's failure; a clean end without the file is a bug caught below.
                    await queue.Completion.ConfigureAwait(false);
                }
            }

            if (empty.Count == 0)
            {
                throw new InvalidOperationException($"No extractor holds file {file}.");
            }

            await (await Task.WhenAny(empty).ConfigureAwait(false)).ConfigureAwait(false);
        }
    }

    private async Task ExtractAsync(WorkList work, ChannelWriter<Item> items, CancellationToken stop)
    {
        try
        {
            while (work.TryTake(out var index, out var file))
            {
                using var results = OpenSafely(file, out var openFailure);
                if (results is null)
                {
                    await items.WriteAsync(Item.Skipped(index, openFailure!), stop).ConfigureAwait(false);
                }

                var chunk = new List<ReadResult>(ReadChunk);
                while (results is not null)
                {
                    stop.ThrowIfCancellationRequested();
                    var more = NextSafely(results, file, out var result, out var readFailure);
                    if (more)
                    {
                        chunk.Add(result!);
                    }

                    if (!more || chunk.Count == ReadChunk)
                    {
                        await ExtractChunkAsync(index, chunk, items, stop).ConfigureAwait(false);
                        chunk.Clear();
                    }

                    if (!more)
                    {
                        if (readFailure is not null)
                        {
                            await items.WriteAsync(Item.Skipped(index, readFailure), stop).ConfigureAwait(false);
                        }

                        break;
                    }
                }

                await items.WriteAsync(Item.Done(index, file), stop).ConfigureAwait(false);
            }

            items.TryComplete();
        }
        catch (Exception ex)
        {
            items.TryComplete(ex);
            throw;
        }
    }

    private async Task ExtractChunkAsync(int file, List<ReadResult> chunk, ChannelWriter<Item> items, CancellationToken stop)
    {
        var hashes = new string?[chunk.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            hashes[i] = chunk[i].Article?.ContentHash;
        }

        var wanted = hashes.OfType<string>().ToList();
        IReadOnlySet<string> stored = new HashSet<string>();
        if (wanted.Count > 0)
        {
            lock (_lookupLock)
            {
                stored = _lookups.StoredHashes(wanted);
            }
        }

        // The chunk is extracted on every core, not only this worker's: the writer takes files in order, so while it
        // drains one long file the other workers wait with full queues, and this worker alone would leave their
        // processors idle. Results keep their order.
        var extracted = new Item[chunk.Count];
        Parallel.For(
            0,
            chunk.Count,
            new ParallelOptions { CancellationToken = stop, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => extracted[i] = hashes[i] is { } hash && stored.Contains(hash) ? Item.AlreadyStored(file, hash) : Extract(file, chunk[i], hashes[i]));
        foreach (var item in extracted)
        {
            await items.WriteAsync(item, stop).ConfigureAwait(false);
        }
    }

    private Item Extract(int file, ReadResult result, string? contentHash)
    {
        if (result.Article is not { } article)
        {
            return Item.Skipped(file, SkippedInput.FromFailedRead(result));
        }

        try
        {
            // Prepared here, on the extracting thread: the store may encode its rows now rather than on the writer's.
            return Item.Extracted(file, store.Prepare(pipeline.Extract(article), contentHash));
        }
#pragma warning disable CA1031 // An extraction bug on one article must not cost the analyst the rest of the batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Item.Failed(file, new SkippedInput(result.Location, $"extraction failed: {ex.GetType().Name}: {ex.Message}"));
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

    /// <summary>One extractor result for the writer; <see cref="File"/> is the index of the file it came from.</summary>
    private readonly record struct Item(int File, bool Read, PreparedArticle? Prepared, SkippedInput? Skip, string? DoneFile, string? StoredHash = null)
    {
        public static Item Extracted(int file, PreparedArticle prepared) => new(file, true, prepared, null, null);

        public static Item AlreadyStored(int file, string hash) => new(file, true, null, null, null, hash);

        public static Item Failed(int file, SkippedInput skip) => new(file, true, null, skip, null);

        public static Item Skipped(int file, SkippedInput skip) => new(file, false, null, skip, null);

        public static Item Done(int file, string path) => new(file, false, null, null, path);
    }

    /// <summary>The files still to be taken by an extractor, handed out in order.</summary>
    private sealed class WorkList(IReadOnlyList<string> files)
    {
        private int _next = -1;

        public bool TryTake(out int index, out string file)
        {
            index = Interlocked.Increment(ref _next);
            file = index < files.Count ? files[index] : string.Empty;
            return index < files.Count;
        }
    }
}
