using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach export</c>.</summary>
internal sealed class AchExportSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The matrix.")]
    public string Name { get; init; } = "";

    [CommandOption("--out <FILE>")]
    [Description("The .achz file to write (plain UTF-8 XML that PARC ACH and Open Source ACH read).")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("Give the file to write with --out FILE.achz.") : ValidationResult.Success();
}
