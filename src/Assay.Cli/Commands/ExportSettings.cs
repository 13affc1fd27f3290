using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay export</c>.</summary>
internal sealed class ExportSettings : GlobalSettings
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["stix", "misp", "claimreview", "csv", "jsonl"];

    /// <summary>The tables <c>--table</c> accepts, for csv and jsonl.</summary>
    public static readonly string[] Tables = ["claims", "propositions", "estimates"];

    [CommandOption("--format <FORMAT>")]
    [Description("stix (a STIX 2.1 bundle), misp (MISP events, one per story), claimreview (schema.org ClaimReview JSON-LD for resolved propositions), csv or jsonl (a table, see --table).")]
    public string Format { get; init; } = "";

    [CommandOption("--table <TABLE>")]
    [Description("With csv or jsonl: claims (default), propositions or estimates. docs/exports.md lists every column.")]
    public string Table { get; init; } = "claims";

    [CommandOption("--out <FILE>")]
    [Description("Write to FILE (folders are created) and print its path. Default: standard output.")]
    public string? Out { get; init; }

    [CommandOption("--subject <TEXT>")]
    [Description("Only the claims whose subject contains TEXT, and the articles they come from.")]
    public string? Subject { get; init; }

    [CommandOption("--since <DATE>")]
    [Description("Only claims published on or after DATE (YYYY-MM-DD), and the articles they come from.")]
    public string? Since { get; init; }

    [CommandOption("--created <TIMESTAMP>")]
    [Description("The time stamped on exported objects (ISO 8601, such as 2026-11-27T12:00:00Z), so two exports of the same store are byte-identical. Default: now.")]
    public string? Created { get; init; }

    [CommandOption("--max-articles <N>")]
    [Description("Most articles an export of the whole store may hold: an export is built in memory (a STIX bundle takes about 0.65 MB per article), so a larger store is exported a subject or window at a time, or with this raised. Default: 5,000.")]
    [DefaultValue(5_000)]
    public int MaxArticles { get; init; } = 5_000;

    [CommandOption("--no-embeddings")]
    [Description("Group by lexical keys only; do not load the sentence-embedding model.")]
    public bool NoEmbeddings { get; init; }

    /// <summary>The format in lower case.</summary>
    public string FormatName => Format.Trim().ToLowerInvariant();

    /// <summary>The table in lower case.</summary>
    public string TableName => Table.Trim().ToLowerInvariant();

    /// <summary>--since as a date; null when not given or not a date (see <see cref="Validate"/>).</summary>
    public DateOnly? SinceDate =>
        DateOnly.TryParseExact(Since?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>--created as a time; null when not given or not a time (see <see cref="Validate"/>).</summary>
    public DateTimeOffset? CreatedTime =>
        DateTimeOffset.TryParse(Created?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;

    public override ValidationResult Validate() =>
        !Formats.Contains(FormatName)
            ? ValidationResult.Error($"--format {Format}: use one of {string.Join(", ", Formats)}.")
            : !Tables.Contains(TableName)
                ? ValidationResult.Error($"--table {Table}: use one of {string.Join(", ", Tables)}.")
                : Since is not null && SinceDate is null
                    ? ValidationResult.Error($"--since wants a date as YYYY-MM-DD, not '{Since}'.")
                    : Created is not null && CreatedTime is null
                        ? ValidationResult.Error($"--created wants an ISO 8601 time such as 2026-11-27T12:00:00Z, not '{Created}'.")
                        : MaxArticles < 1
                            ? ValidationResult.Error($"--max-articles must be at least 1 (it was {MaxArticles}).")
                            : ValidationResult.Success();
}
