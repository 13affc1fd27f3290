using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.LoadTest;

/// <summary>What to load and for how long; every bound is capped so a run cannot turn into a flood.</summary>
internal sealed class LoadSettings : CommandSettings
{
    /// <summary>Longest run allowed.</summary>
    public const int MaxSeconds = 120;

    /// <summary>Most concurrent clients allowed.</summary>
    public const int MaxConcurrency = 64;

    [CommandOption("--db <PATH>")]
    [Description("Store to serve in-process on 127.0.0.1 (a SQLite file, e.g. one 'assay bench --articles 100000 --db FILE' made).")]
    public string? Db { get; init; }

    [CommandOption("--url <URL>")]
    [Description("Instead of --db: an 'assay serve' already running on this machine (loopback addresses only).")]
    public string? Url { get; init; }

    [CommandOption("--seconds <N>")]
    [Description("How long to measure, after the warm-up (at most 120).")]
    [DefaultValue(20)]
    public int Seconds { get; init; } = 20;

    [CommandOption("--warmup <N>")]
    [Description("Seconds of requests before measuring.")]
    [DefaultValue(3)]
    public int Warmup { get; init; } = 3;

    [CommandOption("--concurrency <N>")]
    [Description("Clients sending requests one after another (at most 64).")]
    [DefaultValue(8)]
    public int Concurrency { get; init; } = 8;

    [CommandOption("--limit <N>")]
    [Description("Claims per page asked for.")]
    [DefaultValue(50)]
    public int Limit { get; init; } = 50;

    [CommandOption("--report <FILE>")]
    [Description("Also write the results as a Markdown report.")]
    public string? Report { get; init; }

    public override ValidationResult Validate()
    {
        if ((Db is null) == (Url is null))
        {
            return ValidationResult.Error("Give --db (served in-process) or --url (an 'assay serve' on this machine), not both.");
        }

        if (Url is not null && !IsLoopback(Url))
        {
            return ValidationResult.Error($"--url {Url}: the load test only runs against this machine (127.0.0.1, ::1, localhost).");
        }

        return Seconds is < 1 or > MaxSeconds ? ValidationResult.Error($"--seconds is 1 to {MaxSeconds}.")
            : Concurrency is < 1 or > MaxConcurrency ? ValidationResult.Error($"--concurrency is 1 to {MaxConcurrency}.")
            : Warmup is < 0 or > 30 ? ValidationResult.Error("--warmup is 0 to 30 seconds.")
            : Limit is < 1 or > 500 ? ValidationResult.Error("--limit is 1 to 500.")
            : ValidationResult.Success();
    }

    /// <summary>True when <paramref name="url"/> is an http(s) address on this machine.</summary>
    internal static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
