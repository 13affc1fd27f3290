using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay users list</c>.</summary>
internal sealed class UsersListSettings : GlobalSettings
{
    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
