using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ingest</c>.</summary>
internal sealed class IngestSettings : GlobalSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Files, folders (searched recursively for .txt .md .markdown .html .htm .json .jsonl), glob patterns, or http(s) URLs of pages to fetch.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--workers <N>")]
    [Description("Threads reading and extracting articles (one more thread stores them). Default: the number of processors.")]
    public int? Workers { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Articles stored per transaction. Default: 256.")]
    [DefaultValue(256)]
    public int BatchSize { get; init; } = 256;

    [CommandOption("--shared")]
    [Description("Share the work with other 'assay ingest --shared' processes on the same PostgreSQL database: inputs go into a queue there and each process takes them a few at a time and stops when all are done; a stopped process's inputs are taken over once its lease runs out.")]
    public bool Shared { get; init; }

    [CommandOption("--lease <SECONDS>")]
    [Description("With --shared: how long a claimed input stays reserved without its process renewing it (it renews every third of this while working). Default: 600.")]
    [DefaultValue(600)]
    public int LeaseSeconds { get; init; } = 600;

    [CommandOption("--allow-private")]
    [Description("Let URLs reach loopback, private and link-local addresses (refused by default, against server-side request forgery).")]
    public bool AllowPrivate { get; init; }

    /// <summary>The number of extracting threads: --workers, else the processor count (at least 1).</summary>
    public int WorkerCount => Workers ?? Math.Max(1, Environment.ProcessorCount);

    public override ValidationResult Validate() =>
        Paths.Length == 0 || Paths.Any(string.IsNullOrWhiteSpace)
            ? ValidationResult.Error("Give at least one file, folder or pattern to ingest.")
            : Workers < 1
                ? ValidationResult.Error($"--workers must be at least 1 (it was {Workers}).")
                : BatchSize < 1
                    ? ValidationResult.Error($"--batch-size must be at least 1 (it was {BatchSize}).")
                    : LeaseSeconds < 1
                        ? ValidationResult.Error($"--lease must be at least 1 second (it was {LeaseSeconds}).")
                        : ValidationResult.Success();
}
