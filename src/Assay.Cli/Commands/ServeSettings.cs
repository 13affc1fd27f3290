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

    [CommandOption("--watch <FEED_URL|FOLDER>")]
    [Description("Poll this RSS/Atom feed or folder for new articles while serving, as 'assay watch' does (repeat for more). Private addresses are refused unless --allow-private.")]
    public string[] Watch { get; init; } = [];

    [CommandOption("--watch-interval <SECONDS>")]
    [Description("Seconds between polls of --watch. Default: 300.")]
    [DefaultValue(300)]
    public int WatchInterval { get; init; } = 300;

    [CommandOption("--allow-private")]
    [Description("Let --watch, POST /api/v1/imports/url and imported STIX links fetch from loopback, private and link-local addresses (refused by default).")]
    public bool AllowPrivate { get; init; }

    [CommandOption("--picture-claims <N>")]
    [Description("Most claims the story picture is built from: a larger store is pictured from its newest N claims, so pages answer at any size; 0 pictures every claim. Default: 20,000.")]
    [DefaultValue(20_000)]
    public int PictureClaims { get; init; } = 20_000;

    public override ValidationResult Validate() =>
        Urls is not null && string.IsNullOrWhiteSpace(Urls) ? ValidationResult.Error("--urls needs an address such as http://127.0.0.1:5080.")
        : WatchInterval < 1 ? ValidationResult.Error($"--watch-interval must be at least 1 second (it was {WatchInterval}).")
        : PictureClaims < 0 ? ValidationResult.Error($"--picture-claims must be 0 (every claim) or more (it was {PictureClaims}).")
        : ValidationResult.Success();
}
