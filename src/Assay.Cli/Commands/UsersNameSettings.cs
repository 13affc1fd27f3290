using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay users disable</c> and <c>assay users enable</c>.</summary>
internal sealed class UsersNameSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The user.")]
    public string Name { get; init; } = "";
}
