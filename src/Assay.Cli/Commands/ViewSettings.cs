using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay view</c>.</summary>
internal sealed class ViewSettings : GlobalSettings
{
    /// <summary>The view kinds.</summary>
    public static readonly string[] Kinds = ["series", "story"];

    [CommandArgument(0, "<KIND>")]
    [Description("series (the estimate series of the subject) or story (its strongest propositions).")]
    public string Kind { get; init; } = "";

    [CommandArgument(1, "<SUBJECT>")]
    [Description("The subject's words (\"north korean troops\"): claims whose subject, source, place or agent hold them all.")]
    public string Subject { get; init; } = "";

    [CommandOption("--no-embeddings")]
    [Description("Group by lexical keys only; do not load the sentence-embedding model.")]
    public bool NoEmbeddings { get; init; }

    public override ValidationResult Validate() =>
        !Kinds.Contains(Kind, StringComparer.Ordinal) ? ValidationResult.Error($"KIND is series or story (it was '{Kind}').")
        : string.IsNullOrWhiteSpace(Subject) ? ValidationResult.Error("Give the subject's words.")
        : ValidationResult.Success();
}
