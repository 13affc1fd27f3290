using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay estimates</c>.</summary>
internal sealed class EstimatesSettings : GlobalSettings
{
    [CommandArgument(0, "[SUBJECT]")]
    [Description("Subject contains SUBJECT (\"troops\", \"north korean troops in russia\"); the list of subjects when left out.")]
    public string? Subject { get; init; }

    [CommandOption("--chart <FILE>")]
    [Description("Also draw the first matching series to FILE (.svg or .png): ranges as bars, origins as series, the pooled range shaded.")]
    public string? Chart { get; init; }

    [CommandOption("--no-embeddings")]
    [Description("Group by lexical keys only; do not load the sentence-embedding model.")]
    public bool NoEmbeddings { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }
}
