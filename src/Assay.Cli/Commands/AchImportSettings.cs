using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach import</c>.</summary>
internal sealed class AchImportSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A PARC ACH .achz file (plain XML or zipped).")]
    public string File { get; init; } = "";

    [CommandOption("--name <NAME>")]
    [Description("The matrix's name in Assay; default: the file name without extension.")]
    public string? Name { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }

    /// <summary>The name asked for, else the file's name with spaces turned into dashes.</summary>
    public string MatrixName => Name ?? string.Join("-", Path.GetFileNameWithoutExtension(File).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(MatrixName) || MatrixName.Any(char.IsWhiteSpace)
            ? ValidationResult.Error("A matrix name must be one word without spaces: pass --name.")
            : ValidationResult.Success();
}
