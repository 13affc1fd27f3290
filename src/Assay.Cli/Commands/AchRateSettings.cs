using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay ach rate</c>.</summary>
internal sealed class AchRateSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The matrix.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<EVIDENCE>")]
    [Description("The evidence id (\"E2\").")]
    public string Evidence { get; init; } = "";

    [CommandArgument(2, "<HYPOTHESIS_OR_ROW>")]
    [Description("A hypothesis id (\"H1\") followed by RATING; or the whole row, one rating per hypothesis in order (\"CC,C,I,II\").")]
    public string Target { get; init; } = "";

    [CommandArgument(3, "[RATING]")]
    [Description("CC, C, N, I, II or NA (\"C C\" and \"I I\" are read too).")]
    public string? Rating { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept in the history.")]
    public string? Note { get; init; }
}
