using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay story</c>.</summary>
internal sealed class StorySettings : GlobalSettings
{
    [CommandOption("--subject <TEXT>")]
    [Description("Only propositions whose subject contains TEXT (\"troops\").")]
    public string? Subject { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most N propositions (strongest first). Default: 25; 0 for all.")]
    public int Limit { get; init; } = 25;

    [CommandOption("--no-embeddings")]
    [Description("Group by lexical keys only; do not load the sentence-embedding model.")]
    public bool NoEmbeddings { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
