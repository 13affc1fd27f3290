using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay watch</c>.</summary>
internal sealed class WatchSettings : GlobalSettings
{
    [CommandArgument(0, "<FEED_URL|FOLDER>")]
    [Description("RSS or Atom feed URLs (http, https) and folders to watch for new articles.")]
    public string[] Sources { get; init; } = [];

    [CommandOption("--once")]
    [Description("Poll once and exit, instead of polling until Ctrl+C.")]
    public bool Once { get; init; }

    [CommandOption("--interval <SECONDS>")]
    [Description("Seconds between polls. Default: 300.")]
    [DefaultValue(300)]
    public int IntervalSeconds { get; init; } = 300;

    [CommandOption("--allow-private")]
    [Description("Let feeds and their links reach loopback, private and link-local addresses (refused by default, against server-side request forgery).")]
    public bool AllowPrivate { get; init; }

    [CommandOption("--rate-ms <N>")]
    [Description("Least milliseconds between two requests to the same host. Default: 1000.")]
    [DefaultValue(1000)]
    public int RateMilliseconds { get; init; } = 1000;

    [CommandOption("--timeout <SECONDS>")]
    [Description("Seconds one request may take, body included. Default: 30.")]
    [DefaultValue(30)]
    public int TimeoutSeconds { get; init; } = 30;

    [CommandOption("--max-bytes <N>")]
    [Description("Largest feed or page read, in bytes. Default: 10485760 (10 MB).")]
    [DefaultValue(10L * 1024 * 1024)]
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    [CommandOption("--json")]
    [Description("Print each poll as one JSON object per line.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Sources.Length == 0 || Sources.Any(string.IsNullOrWhiteSpace)
            ? ValidationResult.Error("Give at least one feed URL or folder to watch.")
            : IntervalSeconds < 1
                ? ValidationResult.Error($"--interval must be at least 1 second (it was {IntervalSeconds}).")
                : RateMilliseconds < 0
                    ? ValidationResult.Error($"--rate-ms cannot be negative (it was {RateMilliseconds}).")
                    : TimeoutSeconds < 1
                        ? ValidationResult.Error($"--timeout must be at least 1 second (it was {TimeoutSeconds}).")
                        : MaxBytes < 1
                            ? ValidationResult.Error($"--max-bytes must be at least 1 (it was {MaxBytes}).")
                            : ValidationResult.Success();
}
