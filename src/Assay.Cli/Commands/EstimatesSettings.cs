using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay estimates</c>.</summary>
internal sealed class EstimatesSettings : GlobalSettings
{
    [CommandArgument(0, "[SUBJECT]")]
    [Description("Counted subject contains SUBJECT (\"troops\"); all estimates when left out.")]
    public string? Subject { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
