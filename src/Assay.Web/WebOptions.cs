using Assay.Interop.Fetching;

namespace Assay.Web;

/// <summary>How the web app runs, read from configuration section "Assay" (appsettings, ASSAY__DB-style environment
/// variables, or the command line of 'assay serve').</summary>
public sealed class WebOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Assay";

    /// <summary>The store: a SQLite file or a PostgreSQL URL (default: $ASSAY_DB, else assay.db).</summary>
    public string Db { get; set; } = Environment.GetEnvironmentVariable("ASSAY_DB") is { Length: > 0 } db ? db : "assay.db";

    /// <summary>Group claims worded differently with sentence embeddings (slower start); lexical keys only when false.</summary>
    public bool Embeddings { get; set; }

    /// <summary>Largest request body accepted for an upload or pasted text, in bytes (413 above it).</summary>
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Let POST /imports/url and the links of an imported STIX bundle be fetched from loopback, private and
    /// link-local addresses. Off by default: a user of the API must not make the server reach into its own network.</summary>
    public bool AllowPrivateFetch { get; set; }

    /// <summary>Most claims the workbench's story picture is built from: a store holding more is pictured from its
    /// newest claims (by publication date), so pages answer in seconds at any size; 0 pictures every claim.</summary>
    public int PictureClaims { get; set; } = 20_000;

    /// <summary>RSS/Atom feeds and folders the server polls for new articles while it runs (as 'assay watch' does);
    /// none by default.</summary>
    public string[] Watch { get; set; } = [];

    /// <summary>Seconds between polls of <see cref="Watch"/>.</summary>
    public int WatchIntervalSeconds { get; set; } = 300;

    /// <summary>Most articles an export of the whole store may hold: an export is built in memory (a STIX bundle of
    /// 2,000 articles peaks at about 1.3 GB), so a larger store is exported by subject or window (?subject=, ?since=),
    /// or with 'assay export'.</summary>
    public int MaxExportArticles { get; set; } = 2_000;

    /// <summary>How the server fetches an article a user names by its address: private addresses only when
    /// <see cref="AllowPrivateFetch"/>, and no more than an upload may hold.</summary>
    public FetchOptions PageFetching() => FetchOptions.Default with
    {
        AllowPrivate = AllowPrivateFetch,
        MaxBytes = Math.Min(FetchOptions.Default.MaxBytes, MaxUploadBytes),
    };
}
