using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay merge</c>.</summary>
internal sealed class MergeSettings : GlobalSettings
{
    [CommandArgument(0, "<A>")]
    [Description("A proposition id (\"p6.c4\") or a claim reference (\"6/c4\").")]
    public string First { get; init; } = "";

    [CommandArgument(1, "<B>")]
    [Description("The proposition or claim to join with A.")]
    public string Second { get; init; } = "";

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }

    [CommandOption("--no-embeddings")]
    [Description("Resolve proposition ids from lexical grouping only.")]
    public bool NoEmbeddings { get; init; }
}
