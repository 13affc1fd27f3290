using System.ComponentModel;
using Assay.Analysis.Ach;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach show</c>.</summary>
internal sealed class AchShowSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The matrix.")]
    public string Name { get; init; } = "";

    [CommandOption("--mode <MODE>")]
    [Description("weighted (default: inconsistency weighted by credibility and relevance), inconsistency, or likelihood (posteriors, one vote per origin).")]
    public string? Mode { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }

    /// <summary>The scoring mode asked for, weighted by default.</summary>
    public AchScoreMode ScoreMode => EnumNames.TryParse<AchScoreMode>(Mode, out var mode) ? mode : AchScoreMode.Weighted;

    public override ValidationResult Validate() =>
        Mode is not null && !EnumNames.TryParse<AchScoreMode>(Mode, out _)
            ? ValidationResult.Error($"--mode wants inconsistency, weighted or likelihood, not '{Mode}'.")
            : ValidationResult.Success();
}
