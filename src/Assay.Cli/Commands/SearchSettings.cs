using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay search</c>.</summary>
internal sealed class SearchSettings : GlobalSettings
{
    [CommandArgument(0, "<QUERY>")]
    [Description("Full-text query (SQLite FTS5 syntax: words, \"exact phrase\", OR, NEAR).")]
    public string Query { get; init; } = string.Empty;

    [CommandOption("--limit <N>")]
    [Description("At most N hits (default 20).")]
    public int Limit { get; init; } = 20;

    [CommandOption("--json")]
    [Description("Print JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Query) ? ValidationResult.Error("Give something to search for.")
        : Limit <= 0 ? ValidationResult.Error("--limit must be a positive number.")
        : ValidationResult.Success();
}
