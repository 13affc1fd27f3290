using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay sources</c>.</summary>
internal sealed class SourcesSettings : GlobalSettings
{
    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }

    [CommandOption("--no-embeddings")]
    [Description("Group claims lexically only when finding which propositions were resolved.")]
    public bool NoEmbeddings { get; init; }
}
