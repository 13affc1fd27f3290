using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach new</c>.</summary>
internal sealed class AchNewSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The matrix's name, used by the other 'ach' commands (\"troops\").")]
    public string Name { get; init; } = "";

    [CommandOption("--title <TEXT>")]
    [Description("A readable title, or the question the matrix answers.")]
    public string? Title { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Notes on the matrix, kept with it and in the history.")]
    public string? Note { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) || Name.Any(char.IsWhiteSpace)
            ? ValidationResult.Error("A matrix name must be one word without spaces (\"troops\", \"kursk-2024\").")
            : ValidationResult.Success();
}
