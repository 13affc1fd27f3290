using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay import</c>.</summary>
internal sealed class ImportSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("STIX 2.1 bundles (JSON), such as an 'assay export --format stix' or an OpenCTI export.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--fetch")]
    [Description("Fetch the articles of reports that carry only a link (external reference) and store them too; without it they are listed.")]
    public bool Fetch { get; init; }

    [CommandOption("--allow-private")]
    [Description("With --fetch: also fetch from loopback, private and link-local addresses (refused by default, so a bundle cannot make Assay reach into the local network).")]
    public bool AllowPrivate { get; init; }

    [CommandOption("--json")]
    [Description("Print what was stored, per file, as JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Files.Length == 0 || Files.Any(string.IsNullOrWhiteSpace)
            ? ValidationResult.Error("Give at least one file to import.")
            : AllowPrivate && !Fetch
                ? ValidationResult.Error("--allow-private applies to --fetch: add --fetch, or leave it out.")
                : ValidationResult.Success();
}
