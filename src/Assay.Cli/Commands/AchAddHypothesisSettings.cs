using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach add-hypothesis</c>.</summary>
internal sealed class AchAddHypothesisSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The matrix.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<TEXT>")]
    [Description("The hypothesis, worded so that it can be refuted.")]
    public string Text { get; init; } = "";

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Text) ? ValidationResult.Error("The hypothesis text is empty.") : ValidationResult.Success();
}
