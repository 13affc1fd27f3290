using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay extract</c>.</summary>
internal sealed class ExtractSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The file to read (.txt .md .html .json .jsonl).")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Print the extraction as JSON (one object, or an array for several articles).")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"{File}: not found");
}
