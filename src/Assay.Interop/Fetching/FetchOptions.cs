namespace Assay.Interop.Fetching;

/// <summary>Limits and manners of a <see cref="SafeFetcher"/>.</summary>
/// <remarks>The defaults suit fetching news pages and feeds from the public internet; tests on 127.0.0.1 set
/// <see cref="AllowPrivate"/> and shorten the waits.</remarks>
public sealed record FetchOptions
{
    /// <summary>The options as shipped: public addresses only, 10 s to connect, 30 s per request, 10 MB per body.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>Allows loopback, private, link-local and other non-public addresses (off: refused, against server-side
    /// request forgery).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Addresses reachable even when <see cref="AllowPrivate"/> is off; lets tests put a local server in the
    /// place of a public one while every other address stays guarded.</summary>
    internal IReadOnlySet<System.Net.IPAddress> Exempt { get; init; } = new HashSet<System.Net.IPAddress>();

    /// <summary>A server certificate trusted besides those the system trusts; lets tests serve https from 127.0.0.1
    /// with a certificate of their own.</summary>
    internal System.Security.Cryptography.X509Certificates.X509Certificate2? TrustedCertificate { get; init; }

    /// <summary>How long opening a connection may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one request may take, from sending it to the last byte of the body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest body read; a longer one is refused (reading stops at the cap).</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The least time between two requests to the same host.</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per request, the first included, when it times out or the server answers 5xx, 408 or 429.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The wait before the first retry; each next one doubles it, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured; a server asking for more is retried after this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
