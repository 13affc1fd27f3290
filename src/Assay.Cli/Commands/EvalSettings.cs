using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay eval</c>.</summary>
internal sealed class EvalSettings : GlobalSettings
{
    /// <summary>Findings listed when neither --limit nor --all is given.</summary>
    public const int DefaultLimit = 30;

    [CommandArgument(0, "<GOLD_DIR>")]
    [Description("Folder searched recursively for NAME.EXT.gold.json files, each beside its article NAME.EXT.")]
    public string GoldDir { get; init; } = string.Empty;

    [CommandOption("--limit <N>")]
    [Description("List at most N misses, false hits and wrong pairs (default 30).")]
    public int? Limit { get; init; }

    [CommandOption("--all")]
    [Description("List every miss, false hit and wrong pair.")]
    public bool All { get; init; }

    [CommandOption("--json")]
    [Description("Print everything as JSON: fields, accuracies, targets, per-story scores, every finding and input error.")]
    public bool Json { get; init; }

    /// <summary>How many findings the table output lists.</summary>
    public int ListedFindings => All ? int.MaxValue : Limit ?? DefaultLimit;

    public override ValidationResult Validate()
    {
        if (Limit is < 0)
        {
            return ValidationResult.Error("--limit must be 0 or more.");
        }

        if (Limit is not null && All)
        {
            return ValidationResult.Error("Choose one of --limit and --all.");
        }

        return Directory.Exists(GoldDir) ? ValidationResult.Success() : ValidationResult.Error($"{GoldDir}: gold folder not found");
    }
}
