using System.ComponentModel;
using System.Globalization;
using Assay.Core.Claims;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Filters and output of <c>assay claims</c>.</summary>
internal sealed class ClaimsSettings : GlobalSettings
{
    [CommandOption("--subject <TEXT>")]
    [Description("Counted subject or theme contains TEXT (\"troops\").")]
    public string? Subject { get; init; }

    [CommandOption("--text <WORDS>")]
    [Description("Every word appears in the claim's subject, source (or an intermediary), place or agent; whole words, case and accents ignored, the bare words the, a and an dropped, WORD* for a prefix. Newest stored first; served by an index, fast on any store size.")]
    public string? Text { get; init; }

    [CommandOption("--source <TEXT>")]
    [Description("Source or an intermediary contains TEXT (\"NIS\").")]
    public string? Source { get; init; }

    [CommandOption("--event <TYPE>")]
    [Description("Event type: deploy, train, combat, casualty, supply, agreement, warning, aid, none.")]
    public string? Event { get; init; }

    [CommandOption("--stance <STANCE>")]
    [Description("Stance: asserted, reported, speculated, confirmed, denied, refuted.")]
    public string? Stance { get; init; }

    [CommandOption("--since <DATE>")]
    [Description("Only articles published on or after DATE (YYYY-MM-DD).")]
    public string? Since { get; init; }

    [CommandOption("--article <ID>")]
    [Description("Only claims from the article with this id.")]
    public long? Article { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most N claims.")]
    public int? Limit { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }

    [CommandOption("--csv")]
    [Description("Print CSV.")]
    public bool Csv { get; init; }

    /// <summary>The chosen output format.</summary>
    public OutputFormat Format => Json ? OutputFormat.Json : Csv ? OutputFormat.Csv : OutputFormat.Table;

    public override ValidationResult Validate()
    {
        if (Json && Csv)
        {
            return ValidationResult.Error("Choose one of --json and --csv.");
        }

        if (Event is not null && !EnumNames.TryParse<EventType>(Event, out _))
        {
            return ValidationResult.Error($"Unknown event type '{Event}'. Use one of: {EnumNames.List<EventType>()}.");
        }

        if (Stance is not null && !EnumNames.TryParse<Stance>(Stance, out _))
        {
            return ValidationResult.Error($"Unknown stance '{Stance}'. Use one of: {EnumNames.List<Stance>()}.");
        }

        if (Since is not null && !TryParseDate(Since, out _))
        {
            return ValidationResult.Error($"--since wants a date as YYYY-MM-DD, not '{Since}'.");
        }

        if (Limit is <= 0)
        {
            return ValidationResult.Error("--limit must be a positive number.");
        }

        return ValidationResult.Success();
    }

    /// <summary>The store query these settings describe; call after validation.</summary>
    public ClaimQuery ToQuery() => new()
    {
        Subject = Subject,
        Text = Text,
        Source = Source,
        Event = EnumNames.TryParse<EventType>(Event, out var e) ? e : null,
        Stance = EnumNames.TryParse<Stance>(Stance, out var s) ? s : null,
        Since = TryParseDate(Since, out var d) ? d : null,
        ArticleId = Article,
        Limit = Limit ?? int.MaxValue,
    };

    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
