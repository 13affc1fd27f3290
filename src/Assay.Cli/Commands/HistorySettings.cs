using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay history</c>.</summary>
internal sealed class HistorySettings : GlobalSettings
{
    [CommandOption("--all")]
    [Description("Include undone decisions.")]
    public bool All { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
