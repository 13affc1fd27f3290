using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay proposition</c>.</summary>
internal sealed class PropositionSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("A proposition id (\"p6.c4\") or a claim it holds (\"6/c4\").")]
    public string Id { get; init; } = "";

    [CommandOption("--no-embeddings")]
    [Description("Group by lexical keys only; do not load the sentence-embedding model.")]
    public bool NoEmbeddings { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
