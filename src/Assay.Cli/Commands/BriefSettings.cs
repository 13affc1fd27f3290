using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay brief</c>.</summary>
internal sealed class BriefSettings : GlobalSettings
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["md", "html", "json"];

    [CommandOption("--format <FORMAT>")]
    [Description("md (default), html (one self-contained page with the charts inline) or json.")]
    public string Format { get; init; } = "md";

    [CommandOption("--out <FILE>")]
    [Description("Write to FILE (folders are created) and print its path; with md, each chart is written beside it as FILE-SUBJECT.svg.")]
    public string? Out { get; init; }

    [CommandOption("--since <DATE>")]
    [Description("Also say what changed on or after DATE (YYYY-MM-DD): new propositions, revised figures, resolutions.")]
    public string? Since { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("The briefing's title. Default: \"Briefing\".")]
    public string? Title { get; init; }

    [CommandOption("--no-embeddings")]
    [Description("Group by lexical keys only; do not load the sentence-embedding model.")]
    public bool NoEmbeddings { get; init; }

    /// <summary>The format in lower case.</summary>
    public string FormatName => Format.Trim().ToLowerInvariant();

    /// <summary>Parses --since; false with a message when it is not a date.</summary>
    public bool TryGetSince(out DateOnly? since, out string? error)
    {
        since = null;
        error = null;
        if (Since is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(Since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            since = date;
            return true;
        }

        error = $"--since wants a date as YYYY-MM-DD, not '{Since}'";
        return false;
    }
}
