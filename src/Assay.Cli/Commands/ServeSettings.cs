using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay serve</c>.</summary>
internal sealed class ServeSettings : GlobalSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where to listen (default http://127.0.0.1:5080, this machine only). Any other address requires sign-in: create users and tokens with 'assay users'.")]
    public string? Urls { get; init; }

    [CommandOption("--samples")]
    [Description("First ingest the repository's samples/ into the store (articles already there are skipped), so the workbench opens on them.")]
    public bool Samples { get; init; }

    [CommandOption("--embeddings")]
    [Description("Group claims worded differently with sentence embeddings (loads the model at the first page).")]
    public bool Embeddings { get; init; }

    public override ValidationResult Validate() =>
        Urls is not null && string.IsNullOrWhiteSpace(Urls) ? ValidationResult.Error("--urls needs an address such as http://127.0.0.1:5080.")
        : ValidationResult.Success();
}
