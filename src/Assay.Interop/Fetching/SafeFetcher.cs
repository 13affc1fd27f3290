using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.CompilerServices;
using Polly;
using Polly.Retry;

namespace Assay.Interop.Fetching;

/// <summary>Fetches URLs from the open internet with care: public addresses only (unless allowed), redirects
/// re-checked hop by hop, time and size limits, a polite pace per host, conditional requests and retries.</summary>
/// <remarks>Thread-safe; share one per run. The address check sits in the connect step and connects to the address it
/// checked, so a host name that resolves to a public address for the check and a private one later (DNS rebinding)
/// still cannot reach the private one. Proxies from the environment are ignored for the same reason.</remarks>
public sealed class SafeFetcher : IDisposable
{
    /// <summary>The User-Agent sent: the product, its version and where to read about it.</summary>
    public static string UserAgent { get; } = $"Assay/{ProductVersion()} (+https://github.com/assay-osint/assay)";

    private const int ReadBuffer = 81_920;

    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline<Exchange> _retries;
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a fetcher with <paramref name="options"/> (the defaults when null).</summary>
    public SafeFetcher(FetchOptions? options = null)
    {
        _options = options ?? FetchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxRedirects);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = _options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectAsync,
        };
        if (_options.TrustedCertificate is { } trusted)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString());
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        _retries = BuildRetries(_options);
    }

    /// <summary>Fetches <paramref name="url"/>, sending the validators of an earlier response when given.</summary>
    /// <exception cref="FetchException">The URL was refused, timed out, answered an error, or its body was too large.</exception>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            CheckUrl(url, current, previous: hop == 0 ? null : current);
            var exchange = await SendWithRetriesAsync(current, etag, lastModified, cancellationToken).ConfigureAwait(false);
            if (exchange.Redirect is { } location)
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchException(url, $"more than {_options.MaxRedirects} redirects (the last to {location})");
                }

                if (DowngradeRefusal(current, location) is { } downgrade)
                {
                    throw new FetchException(url, downgrade);
                }

                CheckUrl(url, location, current);
                current = location;
                continue;
            }

            if (exchange.Result is { } result)
            {
                return result;
            }

            var status = $"status {exchange.Status} ({ReasonOf(exchange.Status)})";
            throw new FetchException(url, exchange.Attempts > 1 ? $"{status} after {exchange.Attempts} attempts" : status);
        }
    }

    /// <summary>Fetches <paramref name="url"/> on the calling thread; see <see cref="FetchAsync"/>.</summary>
    public FetchResult Fetch(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default) =>
        FetchAsync(url, etag, lastModified, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public void Dispose()
    {
        _client.Dispose();
        foreach (var gate in _hosts.Values)
        {
            gate.Dispose();
        }
    }

    /// <summary>"10 MB", "512 KB", "900 bytes": a limit as people write it.</summary>
    internal static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");

    /// <summary>"2 s", "1.5 s", "250 ms".</summary>
    internal static string Duration(TimeSpan span) =>
        span.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0} ms");

    /// <summary>Why a redirect from <paramref name="from"/> to <paramref name="to"/> is refused as a downgrade from
    /// https to http, or null when it is not one.</summary>
    internal static string? DowngradeRefusal(Uri from, Uri to) =>
        from.Scheme == Uri.UriSchemeHttps && to.Scheme == Uri.UriSchemeHttp ? $"refused: redirect from https to http ({to})" : null;

    private void CheckUrl(Uri asked, Uri url, Uri? previous)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            var what = url.IsAbsoluteUri ? $"a {url.Scheme}: URL" : "a relative URL";
            throw new FetchException(asked, previous is null ? $"refused: only http and https are fetched, not {what}" : $"refused: redirect to {what} ({url})");
        }

        // A literal address is refused before anything is sent; a name is checked where it is resolved.
        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && Refusal(literal) is { } why)
        {
            var via = previous is null ? string.Empty : $" (redirected to {url})";
            throw new FetchException(asked, $"refused: {literal} is {why}{via} (use --allow-private)");
        }
    }

    private string? Refusal(IPAddress address) =>
        _options.AllowPrivate || _options.Exempt.Contains(address) ? null : AddressGuard.Refusal(address);

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new AddressRefusedException($"{host} has no address");
        }

        foreach (var address in addresses)
        {
            if (Refusal(address) is { } why)
            {
                throw new AddressRefusedException(literal is null
                    ? $"refused: {host} resolves to {address}, {why} (use --allow-private)"
                    : $"refused: {address} is {why} (use --allow-private)");
            }
        }

        // Connect to the addresses just checked, never to the name: a second lookup could answer differently.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<Exchange> SendWithRetriesAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var attempts = new StrongBox<int>();
        try
        {
            var exchange = await _retries.ExecuteAsync(
                async (state, token) =>
                {
                    state.Attempts.Value++;
                    return await state.Fetcher.SendOnceAsync(state.Url, state.ETag, state.LastModified, token).ConfigureAwait(false);
                },
                (Fetcher: this, Url: url, ETag: etag, LastModified: lastModified, Attempts: attempts),
                cancellationToken).ConfigureAwait(false);
            return exchange with { Attempts = attempts.Value };
        }
        catch (TimeoutException ex)
        {
            var tries = attempts.Value > 1 ? $" ({attempts.Value} attempts)" : string.Empty;
            throw new FetchException(url, ex.Message + tries, ex);
        }
        catch (HttpRequestException ex)
        {
            if (Find<AddressRefusedException>(ex) is { } refused)
            {
                throw new FetchException(url, refused.Message, ex);
            }

            var tries = attempts.Value > 1 ? $" ({attempts.Value} attempts)" : string.Empty;
            throw new FetchException(url, $"could not be fetched: {Innermost(ex).Message}{tries}", ex);
        }
    }

    private async Task<Exchange> SendOnceAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        await WaitTurnAsync(url, cancellationToken).ConfigureAwait(false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(etag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (!string.IsNullOrEmpty(lastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
            {
                return new Exchange(status, Redirect: location.IsAbsoluteUri ? location : new Uri(url, location));
            }

            var responseETag = response.Headers.ETag?.ToString();
            var responseModified = response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null;
            var mediaType = response.Content.Headers.ContentType;
            if (status == 304)
            {
                return new Exchange(status, Result: new FetchResult(url, status, mediaType?.MediaType, mediaType?.CharSet, ReadOnlyMemory<byte>.Empty, responseETag ?? etag, responseModified ?? lastModified, NotModified: true));
            }

            if (!response.IsSuccessStatusCode)
            {
                return new Exchange(status, RetryAfter: RetryAfterOf(response.Headers.RetryAfter));
            }

            if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
            {
                throw new FetchException(url, $"body exceeds {Size(_options.MaxBytes)} (the server announced {length.ToString("N0", CultureInfo.InvariantCulture)} bytes; not read)");
            }

            var body = await ReadCappedAsync(url, response.Content, deadline.Token).ConfigureAwait(false);
            return new Exchange(status, Result: new FetchResult(url, status, mediaType?.MediaType, mediaType?.CharSet, body, responseETag, responseModified, NotModified: false));
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw deadline.IsCancellationRequested
                ? new TimeoutException($"timed out after {Duration(_options.RequestTimeout)}", ex)
                : new TimeoutException($"could not connect within {Duration(_options.ConnectTimeout)}", ex);
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream();
            var buffer = new byte[ReadBuffer];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > _options.MaxBytes)
                {
                    throw new FetchException(url, $"body exceeds {Size(_options.MaxBytes)} (stopped reading there)");
                }

                body.Write(buffer, 0, read);
            }

            return body.GetBuffer().AsMemory(0, (int)body.Length);
        }
    }

    private async Task WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        if (_options.HostInterval <= TimeSpan.Zero)
        {
            return;
        }

        var gate = _hosts.GetOrAdd(url.IdnHost, static _ => new HostGate());
        await gate.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = gate.NextAllowed - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(Stopwatch.GetElapsedTime(0, wait), cancellationToken).ConfigureAwait(false);
            }

            gate.NextAllowed = Stopwatch.GetTimestamp() + (long)(_options.HostInterval.TotalSeconds * Stopwatch.Frequency);
        }
        finally
        {
            gate.Turn.Release();
        }
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > _options.MaxRetryAfter ? _options.MaxRetryAfter : value;
    }

    private static ResiliencePipeline<Exchange> BuildRetries(FetchOptions options)
    {
        if (options.MaxAttempts == 1)
        {
            return ResiliencePipeline<Exchange>.Empty;
        }

        return new ResiliencePipelineBuilder<Exchange>()
            .AddRetry(new RetryStrategyOptions<Exchange>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = new PredicateBuilder<Exchange>()
                    .Handle<TimeoutException>()
                    .Handle<HttpRequestException>(ex => Find<AddressRefusedException>(ex) is null)
                    .HandleResult(e => e.Status is 408 or 429 or >= 500),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            })
            .Build();
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private static string ReasonOf(int status) =>
        Enum.IsDefined((HttpStatusCode)status) ? SpacedName(((HttpStatusCode)status).ToString()) : "unknown status";

    private static string SpacedName(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));

    private static string ProductVersion()
    {
        var informational = typeof(SafeFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    /// <summary>One HTTP exchange: a redirect to follow, a result, or an error status (with the server's Retry-After).</summary>
    private sealed record Exchange(int Status, Uri? Redirect = null, FetchResult? Result = null, TimeSpan? RetryAfter = null, int Attempts = 1);

    /// <summary>The turn-taking of one host: one request at a time, and not before <see cref="NextAllowed"/>.</summary>
    private sealed class HostGate : IDisposable
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public long NextAllowed { get; set; }

        public void Dispose() => Turn.Dispose();
    }
}
