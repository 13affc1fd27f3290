using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ingest</c>.</summary>
internal sealed class IngestSettings : GlobalSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Files, folders (searched recursively for .txt .md .markdown .html .htm .json .jsonl) or glob patterns.")]
    public string[] Paths { get; init; } = [];

    public override ValidationResult Validate() =>
        Paths.Length == 0 || Paths.Any(string.IsNullOrWhiteSpace)
            ? ValidationResult.Error("Give at least one file, folder or pattern to ingest.")
            : ValidationResult.Success();
}
