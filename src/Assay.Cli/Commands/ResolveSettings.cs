using System.ComponentModel;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay resolve</c>.</summary>
internal sealed class ResolveSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("A proposition id (\"p20.c5\") or a claim reference (\"20/c5\").")]
    public string Id { get; init; } = "";

    [CommandArgument(1, "<OUTCOME>")]
    [Description("confirmed or refuted: what the proposition turned out to be.")]
    public string Outcome { get; init; } = "";

    [CommandOption("--value <NUMBER>")]
    [Description("The true figure, when known: figures on the subject are scored against it.")]
    public double? Value { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }

    [CommandOption("--no-embeddings")]
    [Description("Resolve proposition ids from lexical grouping only.")]
    public bool NoEmbeddings { get; init; }

    public override ValidationResult Validate() =>
        JudgmentLoader.ParseOutcome(Outcome) is null
            ? ValidationResult.Error($"'{Outcome}' is not an outcome: give confirmed or refuted.")
            : Value is { } v && (double.IsNaN(v) || double.IsInfinity(v)) ? ValidationResult.Error("--value must be a finite number.")
            : ValidationResult.Success();
}
