using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay bench</c>.</summary>
internal sealed class BenchSettings : GlobalSettings
{
    [CommandOption("--articles <N>")]
    [Description("Articles to generate and ingest. Default: 10,000.")]
    [DefaultValue(10_000L)]
    public long Articles { get; init; } = 10_000;

    [CommandOption("--seed <N>")]
    [Description("Generator seed: the same seed and count give the same corpus. Default: 42.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--corpus <DIR>")]
    [Description("Where the corpus is written, or reused if already written for this count and seed. Default: .tmp/bench-corpus-N-SEED.")]
    public string? Corpus { get; init; }

    [CommandOption("--workers <N>")]
    [Description("Extracting threads for the ingest. Default: the number of processors.")]
    public int? Workers { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Articles stored per transaction. Default: 256.")]
    [DefaultValue(256)]
    public int BatchSize { get; init; } = 256;

    [CommandOption("--queries <N>")]
    [Description("Timed runs of each query kind. Default: 40; 0 skips the queries.")]
    [DefaultValue(40)]
    public int Queries { get; init; } = 40;

    [CommandOption("--skip-ingest")]
    [Description("Time the queries on the store as it is, without generating or ingesting (needs --db).")]
    public bool SkipIngest { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("Also write the results as a Markdown report to FILE (for bench/reports).")]
    public string? Report { get; init; }

    [CommandOption("--json")]
    [Description("Print the results as JSON.")]
    public bool Json { get; init; }

    [CommandOption("--speed-check <SECONDS>")]
    [Description("Seconds spent timing one thread's extraction of a fixed sample before and after the ingest, so a run made while the machine was slow shows it (plus about a second of warm-up each). Default: 2; 0 skips it.")]
    [DefaultValue(2.0)]
    public double SpeedCheckSeconds { get; init; } = 2.0;

    /// <summary>The number of extracting threads: --workers, else the processor count.</summary>
    public int WorkerCount => Workers ?? Math.Max(1, Environment.ProcessorCount);

    /// <summary>The corpus folder.</summary>
    public string CorpusPath => Corpus ?? Path.Combine(".tmp", FormattableString.Invariant($"bench-corpus-{Articles}-{Seed}"));

    /// <summary>The store: --db when given; otherwise a fresh SQLite file of the bench's own (never assay.db or $ASSAY_DB).</summary>
    public string BenchDbPath => Db ?? Path.Combine(".tmp", FormattableString.Invariant($"bench-{Articles}.db"));

    public override ValidationResult Validate() =>
        Articles < 1 ? ValidationResult.Error($"--articles must be at least 1 (it was {Articles}).")
        : Workers < 1 ? ValidationResult.Error($"--workers must be at least 1 (it was {Workers}).")
        : BatchSize < 1 ? ValidationResult.Error($"--batch-size must be at least 1 (it was {BatchSize}).")
        : Queries < 0 ? ValidationResult.Error($"--queries cannot be negative (it was {Queries}).")
        : SpeedCheckSeconds is < 0 or > 600 or double.NaN ? ValidationResult.Error($"--speed-check must be between 0 and 600 seconds (it was {SpeedCheckSeconds}).")
        : SkipIngest && Db is null ? ValidationResult.Error("--skip-ingest times the queries on an existing store: give it with --db.")
        : ValidationResult.Success();
}
