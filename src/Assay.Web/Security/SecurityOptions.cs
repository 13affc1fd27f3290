namespace Assay.Web.Security;

/// <summary>Security settings, read from configuration section "Assay" beside <see cref="WebOptions"/>.</summary>
public sealed class SecurityOptions
{
    /// <summary>Require a token or a signed-in session even when bound to this machine only.</summary>
    public bool RequireAuth { get; set; }

    /// <summary>Ingest requests one user (or one address, before sign-in) may make per window.</summary>
    public int IngestPermitLimit { get; set; } = 60;

    /// <summary>The rate-limit window for ingest, in seconds.</summary>
    public int IngestWindowSeconds { get; set; } = 60;
}
