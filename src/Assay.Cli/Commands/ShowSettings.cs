using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay show</c>.</summary>
internal sealed class ShowSettings : GlobalSettings
{
    [CommandArgument(0, "<ARTICLE>")]
    [Description("Article id, content-hash prefix (6+ characters) or URL.")]
    public string Article { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Print the stored extraction as JSON (same shape as 'extract --json').")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Article) ? ValidationResult.Error("Give an article id, hash prefix or URL.") : ValidationResult.Success();
}
