using System.ComponentModel;
using Assay.Core.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay grade</c>.</summary>
internal sealed class GradeSettings : GlobalSettings
{
    [CommandArgument(0, "<SOURCE>")]
    [Description("An origin id (\"source:south-korea-nis\") or a source's name as 'assay sources' prints it; case does not matter.")]
    public string Source { get; init; } = "";

    [CommandArgument(1, "<LETTER>")]
    [Description("Admiralty reliability: A completely, B usually, C fairly, D not usually reliable, E unreliable, F cannot be judged, G deliberately deceptive.")]
    public string Letter { get; init; } = "";

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }

    public override ValidationResult Validate() =>
        AdmiraltyScale.FindReliability(Letter) is null
            ? ValidationResult.Error($"'{Letter}' is not a reliability grade: give one of {string.Join(", ", AdmiraltyScale.Reliability.Select(l => l.Code))}.")
            : ValidationResult.Success();
}
