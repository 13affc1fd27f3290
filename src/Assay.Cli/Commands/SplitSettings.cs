using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay split</c>.</summary>
internal sealed class SplitSettings : GlobalSettings
{
    [CommandArgument(0, "<CLAIM>")]
    [Description("The claim (\"6/c4\") to take out of its proposition.")]
    public string Claim { get; init; } = "";

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }
}
