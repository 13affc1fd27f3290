using System.Diagnostics;
using System.Text.Json;
using Assay.Cli.Benchmarking;
using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Cli.Story;
using Assay.Corpus;
using Assay.Extraction.Pipeline;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay bench</c>: generate a corpus, ingest it into a store and time the analyst's queries on it,
/// reporting each figure against its target with the machine it ran on.</summary>
internal sealed class BenchCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, FileReader reader, ExtractionPipeline pipeline)
    : Command<BenchSettings>
{
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var dbPath = settings.BenchDbPath;
        double? corpusSeconds = null;
        CorpusManifest? manifest = null;
        if (!settings.SkipIngest)
        {
            (manifest, corpusSeconds) = EnsureCorpus(settings);
            if (settings.Db is null)
            {
                // The bench's own default file starts empty, so every run measures a first ingest.
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(dbPath + suffix);
                }
            }
        }

        using var store = settings.SkipIngest ? StoreAccess.TryOpenExisting(openStore, dbPath, errors) : StoreAccess.TryOpen(openStore, dbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        using var lookups = StoreAccess.OpenSecond(openStore, dbPath, store);

        IngestMeasure? ingest = null;
        if (manifest is not null)
        {
            try
            {
                ingest = Ingest(store, lookups, settings, manifest);
            }
#pragma warning disable CA1031 // A store failure ends the run with one line, not a stack trace.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors.Error(ex, $"storing into {StoreFactory.Describe(dbPath)} failed");
                return ExitCodes.Error;
            }
        }

        var stored = store.Stats().Articles;
        var queries = settings.Queries == 0
            ? []
            : RunQueries(store, settings);
        var result = new BenchResult(
            started, MachineInfo.Current(), StoreFactory.Describe(dbPath), manifest?.Articles ?? settings.Articles, settings.Seed, corpusSeconds, stored, ingest, queries)
        {
            OnServer = StoreFactory.IsServer(dbPath),
        };

        if (settings.Report is { } reportPath)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath));
            Directory.CreateDirectory(folder!);
            File.WriteAllText(reportPath, BenchReport.ToMarkdown(result));
            errors.Note($"report written to {reportPath}");
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(BenchReport.ToJson(result));
        }
        else
        {
            Render(result);
        }

        return ExitCodes.Ok;
    }

    private (CorpusManifest Manifest, double? Seconds) EnsureCorpus(BenchSettings settings)
    {
        var folder = settings.CorpusPath;
        var manifestPath = folder.TrimEnd('/', '\\') + ".manifest.json";
        if (File.Exists(manifestPath) && Directory.Exists(folder)
            && JsonSerializer.Deserialize<WrittenCorpus>(File.ReadAllText(manifestPath)) is { } existing
            && existing.Seed == settings.Seed && existing.Manifest.Articles == settings.Articles)
        {
            errors.Note($"reusing the corpus in {folder} ({existing.Manifest.Articles:N0} articles)");
            return (existing.Manifest, null);
        }

        var watch = Stopwatch.StartNew();
        CorpusManifest manifest = null!;
        Progress("writing the corpus", settings.Articles, report => manifest = CorpusWriter.Write(folder, settings.Articles, settings.Seed, report));
        var seconds = watch.Elapsed.TotalSeconds;
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(new WrittenCorpus(settings.Seed, manifest)));
        return (manifest, seconds);
    }

    private IngestMeasure Ingest(IStore store, IStore? lookups, BenchSettings settings, CorpusManifest manifest)
    {
        var ingester = new Ingester(reader, pipeline, store, lookups) { Workers = settings.WorkerCount, BatchSize = settings.BatchSize };
        var speedBefore = CheckSpeed(settings, "checking this machine's speed before the ingest");
        GC.Collect();
        PeakMemory.Reset();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (pause, collections, full, threads, steal) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2), ThreadTimes.Read(), Steal.Read());
        var watch = Stopwatch.StartNew();
        var report = IngestRunner.Run(console, ingester, [settings.CorpusPath]);
        store.WaitForIndexes();
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var (cpuAfter, stealAfter, threadsAfter, peak) = (process.TotalProcessorTime, Steal.Read(), ThreadTimes.Read(), PeakMemory.Bytes());
        var (pauseAfter, collectionsAfter, fullAfter) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2));
        var speedAfter = CheckSpeed(settings, "checking this machine's speed after the ingest");
        return new IngestMeasure(
            report.Read, report.Stored, report.Unchanged, report.Skipped.Count, manifest.Words, seconds,
            (cpuAfter - cpu).TotalSeconds, peak, settings.WorkerCount)
        {
            GcPauseSeconds = (pauseAfter - pause).TotalSeconds,
            SavingSeconds = report.Saving.TotalSeconds,
            Collections = collectionsAfter - collections,
            FullCollections = fullAfter - full,
            Threads = ThreadTimes.Between(threads, threadsAfter),
            SpeedBefore = speedBefore,
            SpeedAfter = speedAfter,
            StealSeconds = stealAfter - steal,
        };
    }

    // One thread extracting a fixed sample, outside the timed ingest; null when --speed-check is 0.
    private double? CheckSpeed(BenchSettings settings, string description) =>
        settings.SpeedCheckSeconds <= 0
            ? null
            : WithStatus(settings, description, _ => SpeedCheck.WordsPerSecond(pipeline, SpeedCheck.Sample, TimeSpan.FromSeconds(settings.SpeedCheckSeconds)));

    private List<Latency> RunQueries(IStore store, BenchSettings settings)
    {
        var bench = new QueryBench(store, StoryOptionsFactory.Create(static () => null, noEmbeddings: true));
        var questions = QueryBench.Questions();
        return WithStatus<List<Latency>>(
            settings,
            "timing queries",
            status => [.. bench.Run(questions, settings.Queries, status is null ? null : kind => status($"timing: {kind}"))]);
    }

    // Runs work under a status line when a person watches the terminal (work may change the line); piped or JSON
    // output stays clean, with no status lines between the results.
    private T WithStatus<T>(BenchSettings settings, string description, Func<Action<string>?, T> work)
    {
        if (!console.Profile.Capabilities.Interactive || settings.Json)
        {
            return work(null);
        }

        T result = default!;
        console.Status().Start(description, status => result = work(text => status.Status(text)));
        return result;
    }

    private void Progress(string description, long total, Action<IProgress<long>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            work(new Progress<long>());
            return;
        }

        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: total);
                work(new SyncProgress(done => task.Value = done));
            });
    }

    private void Render(BenchResult result)
    {
        console.MarkupLine($"[bold]assay bench[/] on {Markup.Escape(result.Machine.ToString())}");
        console.MarkupLine($"store: {Markup.Escape(result.Store)}, {result.StoredArticles:N0} articles");
        if (result.Ingest is { } ingest)
        {
            var table = new Table().RoundedBorder().Title("ingest").AddColumns("figure", "value", "target");
            table.AddRow("articles read / stored / already stored", $"{ingest.Articles:N0} / {ingest.Stored:N0} / {ingest.Unchanged:N0}", "");
            table.AddRow("wall time", $"{ingest.Seconds:0.0} s", "");
            table.AddRow(
                "articles per second",
                $"{ingest.ArticlesPerSecond:N0}",
                result.OnServer
                    ? $"none for a server (SQLite's: ≥ {BenchResult.TargetArticlesPerSecond:N0})"
                    : Target(ingest.ArticlesPerSecond >= BenchResult.TargetArticlesPerSecond, $"≥ {BenchResult.TargetArticlesPerSecond:N0}"));
            table.AddRow("words per second", $"{ingest.WordsPerSecond:N0}", "");
            table.AddRow("processor time", $"{ingest.CpuSeconds:0.0} s ({ingest.OfWall(ingest.CpuSeconds):0.00} cores busy)", "");
            table.AddRow("saving (one thread)", $"{ingest.SavingSeconds:0.0} s ({ingest.OfWall(ingest.SavingSeconds):0%} of the wall time)", "");
            table.AddRow("garbage collection", $"{ingest.GcPauseSeconds:0.0} s paused, {ingest.Collections:N0} collections", "");
            table.AddRow("peak resident memory", $"{ingest.PeakMiB:N0} MiB", Target(ingest.PeakMiB < BenchResult.TargetPeakMiB, $"< {BenchResult.TargetPeakMiB:N0} MB"));
            if (BenchReport.Speeds(ingest) is { } speeds)
            {
                table.AddRow("machine speed check (one thread)", Markup.Escape(speeds), "");
            }

            if (ingest.StealSeconds is { } steal)
            {
                table.AddRow("taken by the hypervisor (steal)", $"{steal:0.0} s", "");
            }

            console.Write(table);
        }

        if (result.Queries.Count > 0)
        {
            var table = new Table().RoundedBorder().Title("queries (ms)").AddColumns("query", "p50", "p95", "max", "rows or bytes", "p95 target");
            foreach (var q in result.Queries)
            {
                table.AddRow(Markup.Escape(q.Name), $"{q.P50Ms:0.0}", $"{q.P95Ms:0.0}", $"{q.MaxMs:0.0}", $"{q.Rows:0.#}", Target(q.P95Ms < BenchResult.TargetP95Ms, $"< {BenchResult.TargetP95Ms:0}"));
            }

            console.Write(table);
        }
    }

    private static string Target(bool met, string target) => met ? $"[green]{Markup.Escape(target)}: met[/]" : $"[red]{Markup.Escape(target)}: missed[/]";

    /// <summary>What is kept beside a corpus folder: the seed it was written from and what was written.</summary>
    private sealed record WrittenCorpus(int Seed, CorpusManifest Manifest);

    /// <summary>Reports on the calling thread: the progress bar is updated as each batch is written, not later.</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
