using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay undo</c>.</summary>
internal sealed class UndoSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The decision number shown by 'assay history'.")]
    public long Id { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }
}
