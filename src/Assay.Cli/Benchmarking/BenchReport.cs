using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assay.Cli.Benchmarking;

/// <summary>Writes a bench run as a Markdown report (committed under bench/reports) or as JSON.</summary>
internal static class BenchReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The run as indented JSON.</summary>
    public static string ToJson(BenchResult result) => JsonSerializer.Serialize(result, Json);

    /// <summary>The run as a Markdown report with the machine, the figures and each target met or missed.</summary>
    public static string ToMarkdown(BenchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        Line(md, $"# assay bench: {result.CorpusArticles:N0} generated articles, {result.Store}");
        md.AppendLine();
        Line(md, $"- Run: {result.StartedAt:yyyy-MM-dd HH:mm} UTC, seed {result.Seed}");
        Line(md, $"- Machine: {result.Machine}");
        Line(md, $"- Store: {result.Store}, {result.StoredArticles:N0} articles when queried");
        if (result.CorpusSeconds is { } corpus)
        {
            Line(md, $"- Corpus written in {corpus:0.0} s ({result.CorpusArticles / Math.Max(corpus, 1e-9):N0} articles/s)");
        }

        if (result.Ingest is { } ingest)
        {
            TableStart(md, "## Ingest", "figure", "value", "target");
            Line(md, $"| articles read / stored / already stored / skipped | {ingest.Articles:N0} / {ingest.Stored:N0} / {ingest.Unchanged:N0} / {ingest.Skipped:N0} | |");
            Line(md, $"| wall time | {ingest.Seconds:0.0} s | |");
            var rateTarget = result.OnServer
                ? $"none for a server (≥ {BenchResult.TargetArticlesPerSecond:N0}, 250,000 in 5 min, is SQLite's on one machine)"
                : $"≥ {BenchResult.TargetArticlesPerSecond:N0} (250,000 in 5 min): {Verdict(ingest.ArticlesPerSecond >= BenchResult.TargetArticlesPerSecond)}";
            Line(md, $"| articles per second | {ingest.ArticlesPerSecond:N0} | {rateTarget} |");
            Line(md, $"| words per second | {ingest.WordsPerSecond:N0} | |");
            Line(md, $"| processor time | {ingest.CpuSeconds:0.0} s ({ingest.OfWall(ingest.CpuSeconds):0.00} cores busy on average, {ingest.Workers} extracting threads) | |");
            Line(md, $"| saving, on the one thread that saves | {ingest.SavingSeconds:0.0} s ({ingest.OfWall(ingest.SavingSeconds):0%} of the wall time) | |");
            Line(md, $"| garbage collection | {ingest.GcPauseSeconds:0.0} s with every thread stopped ({ingest.OfWall(ingest.GcPauseSeconds):0%} of the wall time), {ingest.Collections:N0} collections, {ingest.FullCollections:N0} of them full | |");
            Line(md, $"| peak resident memory | {ingest.PeakMiB:N0} MiB | < {BenchResult.TargetPeakMiB:N0} MB: {Verdict(ingest.PeakMiB < BenchResult.TargetPeakMiB)} |");
            if (Speeds(ingest) is { } speeds)
            {
                Line(md, $"| machine speed check: one thread extracting the same {SpeedCheck.Sample.Count} generated articles, before / after the ingest | {speeds} | |");
            }

            if (ingest.StealSeconds is { } steal)
            {
                Line(md, $"| processor time taken by the hypervisor for other machines (steal), all processors | {steal:0.0} s | |");
            }
            if (ingest.Threads.Count > 0)
            {
                TableStart(
                    md,
                    "Processor time by thread (the pool's workers read, extract and save; the follower indexes for search and checkpoints the store; the runtime's threads compile and collect):",
                    "thread",
                    "processor time");
                foreach (var thread in ingest.Threads)
                {
                    Line(md, $"| {thread.Name} | {thread.Seconds:0.00} s ({ingest.OfWall(thread.Seconds):0.00} of a core) |");
                }

                // The pool retires idle workers and starts new ones, and the system forgets a thread once it ends.
                var ended = ingest.CpuSeconds - ingest.Threads.Sum(t => t.Seconds);
                if (ended >= 0.01)
                {
                    Line(md, $"| threads that ended during the run (pool workers, mostly) | {ended:0.00} s ({ingest.OfWall(ended):0.00} of a core) |");
                }
            }
        }

        if (result.Queries.Count > 0)
        {
            TableStart(md, "## Queries", "query", "samples", "p50 ms", "p95 ms", "max ms", "result, mean (rows; JSON bytes for series and story)", "p95 target");
            foreach (var q in result.Queries)
            {
                Line(md, $"| {q.Name} | {q.Samples} | {q.P50Ms:0.0} | {q.P95Ms:0.0} | {q.MaxMs:0.0} | {q.Rows:0.#} | < {BenchResult.TargetP95Ms:0} ms: {Verdict(q.P95Ms < BenchResult.TargetP95Ms)} |");
            }
        }

        return md.ToString();
    }

    /// <summary>"2.91 / 2.87 M words/s" from the speed checks around an ingest, or null when neither ran.</summary>
    public static string? Speeds(IngestMeasure ingest)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        if (ingest.SpeedBefore is null && ingest.SpeedAfter is null)
        {
            return null;
        }

        static string Millions(double? speed) => speed is { } s ? (s / 1e6).ToString("0.00", CultureInfo.InvariantCulture) : "-";
        return $"{Millions(ingest.SpeedBefore)} / {Millions(ingest.SpeedAfter)} M words/s";
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    // A blank line, the heading or sentence that introduces the table, and the table's header and rule.
    private static void TableStart(StringBuilder md, string introduction, params string[] columns)
    {
        md.AppendLine();
        md.AppendLine(introduction);
        md.AppendLine();
        md.Append("| ").AppendJoin(" | ", columns).AppendLine(" |");
        md.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns.Length))).AppendLine();
    }

    private static void Line(StringBuilder md, FormattableString line) => md.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
