using System.ComponentModel;
using System.Globalization;
using Assay.Analysis.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach add-evidence</c>.</summary>
internal sealed class AchAddEvidenceSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The matrix.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<TEXT>")]
    [Description("The evidence or argument, in a line (absent evidence you would expect to see counts too).")]
    public string Text { get; init; } = "";

    [CommandOption("--credibility <LEVEL>")]
    [Description("high, medium (default) or low.")]
    public string? Credibility { get; init; }

    [CommandOption("--relevance <LEVEL>")]
    [Description("high, medium (default) or low.")]
    public string? Relevance { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("OSINT (default), HUMINT, SIGINT, IMINT, MASINT, Assumption, or another word.")]
    public string? Type { get; init; }

    [CommandOption("--proposition <ID>")]
    [Description("The Assay proposition it rests on (\"p20.c5\"); its origin is filled in when it has exactly one.")]
    public string? Proposition { get; init; }

    [CommandOption("--origin <ORIGIN_ID>")]
    [Description("The root origin it rests on (\"source:south-korea-nis\"); items of one origin count once in the likelihood mode.")]
    public string? Origin { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("When it was reported or seen, YYYY-MM-DD.")]
    public string? Date { get; init; }

    [CommandOption("--link <URL>")]
    [Description("Where it can be read.")]
    public string? Link { get; init; }

    [CommandOption("--code <REF>")]
    [Description("Your source reference.")]
    public string? Code { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Notes on the item, kept with it and in the history.")]
    public string? Note { get; init; }

    /// <summary>The credibility given, or Medium.</summary>
    public AchWeight CredibilityWeight => AchWeights.TryParse(Credibility, out var w) ? w : AchWeight.Medium;

    /// <summary>The relevance given, or Medium.</summary>
    public AchWeight RelevanceWeight => AchWeights.TryParse(Relevance, out var w) ? w : AchWeight.Medium;

    /// <summary>The date given, as midnight UTC.</summary>
    public DateTimeOffset? DateValue =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            return ValidationResult.Error("The evidence text is empty.");
        }

        if (Credibility is not null && !AchWeights.TryParse(Credibility, out _))
        {
            return ValidationResult.Error($"--credibility wants high, medium or low, not '{Credibility}'.");
        }

        if (Relevance is not null && !AchWeights.TryParse(Relevance, out _))
        {
            return ValidationResult.Error($"--relevance wants high, medium or low, not '{Relevance}'.");
        }

        return Date is not null && DateValue is null
            ? ValidationResult.Error($"--date wants a date as YYYY-MM-DD, not '{Date}'.")
            : ValidationResult.Success();
    }
}
