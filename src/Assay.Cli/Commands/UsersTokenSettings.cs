using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay users token</c>.</summary>
internal sealed class UsersTokenSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The user the token signs in.")]
    public string Name { get; init; } = "";
}
