using System.Diagnostics;
using System.Net;
using System.Text;
using Assay.Interop.Fetching;
using Assay.Testing.Http;

namespace Assay.Interop.Tests.Fetching;

public sealed class SafeFetcherTests : IDisposable
{
    private static readonly FetchOptions Local = new()
    {
        AllowPrivate = true,
        HostInterval = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    private readonly TestServer _server;

    public SafeFetcherTests()
    {
        _server = new TestServer(request => Handler(request));
    }

    private Func<TestRequest, TestResponse> Handler { get; set; } = _ => TestResponse.Text("<p>hello</p>");

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("http://127.0.0.1:{port}/feed", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]:{port}/feed", "::1 is a loopback address")]
    [InlineData("http://10.0.0.1/feed", "10.0.0.1 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://localhost:{port}/feed", "localhost resolves to")]
    [InlineData("http://2130706433:{port}/feed", "127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f000001:{port}/feed", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/feed", "is a loopback address")]
    [InlineData("http://0.0.0.0:{port}/feed", "0.0.0.0 is an unspecified address")]
    public async Task FetchAsync_NonPublicAddressByDefault_IsRefusedBeforeAnyRequest(string template, string why)
    {
        // Given a fetcher with the default guard and a server listening on loopback
        using var fetcher = new SafeFetcher(FetchOptions.Default with { HostInterval = TimeSpan.Zero });
        var url = template.Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // When the URL is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        // Then it is refused with the reason and the way to allow it, and the server never heard of it
        Assert.StartsWith(new Uri(url).OriginalString + ": refused: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("(use --allow-private)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("ftp://example.org/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public async Task FetchAsync_OtherScheme_IsRefused(string url)
    {
        // Given a fetcher that allows private addresses
        using var fetcher = new SafeFetcher(Local);

        // When a URL of another scheme is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        // Then it is refused for its scheme
        Assert.Contains("only http and https are fetched", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_AllowPrivate_ReturnsBodyAndSendsAnHonestUserAgent()
    {
        // Given a server answering a page with validators
        Handler = _ => TestResponse.Text("<p>Ärger im Hafen</p>") with
        {
            Headers = new Dictionary<string, string> { ["ETag"] = "\"v1\"", ["Last-Modified"] = "Tue, 04 Mar 2025 10:00:00 GMT" },
        };
        using var fetcher = new SafeFetcher(Local);

        // When the page is fetched
        var result = await fetcher.FetchAsync(new Uri(_server.Url("/page")));

        // Then the body, type, charset and validators come back, and the server saw who asked
        Assert.Equal(("<p>Ärger im Hafen</p>", "text/html", "utf-8"), (result.Text(), result.ContentType, result.Charset));
        Assert.Equal(("\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT", false), (result.ETag, result.LastModified, result.NotModified));
        Assert.Matches(@"^Assay/\S+ \(\+https://github\.com/assay-osint/assay\)$", _server.Requests[0].Header("User-Agent"));
    }

    [Fact]
    public async Task FetchAsync_StoredValidators_SendsThemAndReportsNotModified()
    {
        // Given a server that answers 304 when its ETag comes back
        Handler = r => r.Header("If-None-Match") == "\"v1\"" ? new TestResponse(304, [], null) : TestResponse.Text("<p>x</p>");
        using var fetcher = new SafeFetcher(Local);

        // When the page is fetched with the validators of an earlier response
        var result = await fetcher.FetchAsync(new Uri(_server.Url("/feed")), "\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT");

        // Then both were sent and the answer is "not modified", keeping the validators
        Assert.True(result.NotModified);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Tue, 04 Mar 2025 10:00:00 GMT", _server.Requests[0].Header("If-Modified-Since"));
    }

    [Fact]
    public async Task FetchAsync_SlowServer_TimesOutNamingTheUrlAfterRetrying()
    {
        // Given a server that waits 30 s before answering, and a fetcher allowing 3 s over 2 attempts (wide enough that
        // each attempt reaches the server on a loaded machine: 1 s was not, once, while a build shared both cores)
        Handler = _ => TestResponse.Text("<p>late</p>") with { Delay = TimeSpan.FromSeconds(30) };
        using var fetcher = new SafeFetcher(Local with { RequestTimeout = TimeSpan.FromSeconds(3), MaxAttempts = 2 });
        var url = _server.Url("/slow");

        // When the page is fetched
        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));
        watch.Stop();

        // Then it says it timed out, naming the URL, after two tries and well before the server would answer
        Assert.Equal($"{url}: timed out after 3 s (2 attempts)", ex.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
        // (the server may record the second request a moment after the fetcher gave up on it)
        var seen = Stopwatch.StartNew();
        while (_server.Count("/slow") < 2 && seen.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(10);
        }

        Assert.Equal(2, _server.Count("/slow"));
    }

    [Fact]
    public async Task FetchAsync_ServerError_RetriesThenReportsTheStatus()
    {
        // Given a server that always fails
        Handler = _ => TestResponse.Failing(500);
        using var fetcher = new SafeFetcher(Local);
        var url = _server.Url("/broken");

        // When the page is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        // Then it was tried three times and the status is reported with the URL
        Assert.Equal($"{url}: status 500 (Internal Server Error) after 3 attempts", ex.Message);
        Assert.Equal(3, _server.Count("/broken"));
    }

    [Fact]
    public async Task FetchAsync_ServerErrorOnce_SucceedsOnRetry()
    {
        // Given a server that fails the first request only
        var calls = 0;
        Handler = _ => Interlocked.Increment(ref calls) == 1 ? TestResponse.Failing(503) : TestResponse.Text("<p>ok</p>");
        using var fetcher = new SafeFetcher(Local);

        // When the page is fetched
        var result = await fetcher.FetchAsync(new Uri(_server.Url("/flaky")));

        // Then the second attempt's body is returned
        Assert.Equal("<p>ok</p>", result.Text());
        Assert.Equal(2, _server.Count("/flaky"));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    public async Task FetchAsync_ClientError_IsNotRetried(int status)
    {
        // Given a server answering a client error
        Handler = _ => TestResponse.Failing(status);
        using var fetcher = new SafeFetcher(Local);

        // When the page is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(_server.Url("/gone"))));

        // Then it was asked once and the status is reported
        Assert.Contains($"status {status} (", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("/gone"));
    }

    [Fact]
    public async Task FetchAsync_TooManyRequestsWithRetryAfter_WaitsAsAskedUpToTheCap()
    {
        // Given a server that asks once to come back after 60 s, and a cap of 400 ms on such waits
        var calls = 0;
        Handler = _ => Interlocked.Increment(ref calls) == 1
            ? TestResponse.Failing(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "60" } }
            : TestResponse.Text("<p>ok</p>");
        using var fetcher = new SafeFetcher(Local with { MaxRetryAfter = TimeSpan.FromMilliseconds(400) });

        // When the page is fetched
        var watch = Stopwatch.StartNew();
        var result = await fetcher.FetchAsync(new Uri(_server.Url("/busy")));

        // Then it waited the capped time (not the 10 ms backoff, not 60 s) and got the page
        Assert.Equal("<p>ok</p>", result.Text());
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task FetchAsync_HugeBodyWithoutLength_StopsReadingAtTheCap()
    {
        // Given a server streaming 50 MB without announcing it, and the default 10 MB cap
        Handler = _ => new TestResponse(200, [], "application/rss+xml") { StreamBytes = 50L * 1024 * 1024 };
        using var fetcher = new SafeFetcher(Local);
        var url = _server.Url("/huge");

        // When it is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        // Then it says the body is over the cap, naming the URL, and stopped reading: the server could not send
        // much more than the cap (socket buffers hold a few MB)
        Assert.StartsWith($"{url}: body exceeds 10 MB", ex.Message, StringComparison.Ordinal);
        await WaitForServerToStop();
        Assert.InRange(_server.Streamed, 10L * 1024 * 1024, 20L * 1024 * 1024);
    }

    [Fact]
    public async Task FetchAsync_AnnouncedLengthOverTheCap_IsRefusedBeforeReading()
    {
        // Given a server announcing a 50 MB body
        Handler = _ => new TestResponse(200, [], "text/html") { StreamBytes = 50L * 1024 * 1024, AnnounceLength = true };
        using var fetcher = new SafeFetcher(Local);

        // When it is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(_server.Url("/announced"))));

        // Then it is refused on the announced length, with little of the body sent
        Assert.Contains("body exceeds 10 MB (the server announced 52,428,800 bytes; not read)", ex.Message, StringComparison.Ordinal);
        await WaitForServerToStop();
        Assert.True(_server.Streamed < 10L * 1024 * 1024, $"{_server.Streamed} bytes were sent");
    }

    [Fact]
    public async Task FetchAsync_FiveRedirects_FollowsThem()
    {
        // Given a chain of five redirects, relative and absolute, ending in a page
        Handler = r => r.Path switch
        {
            "/r1" => TestResponse.Redirect("/r2", 301),
            "/r2" => TestResponse.Redirect(_server.Url("/r3"), 302),
            "/r3" => TestResponse.Redirect("r4", 303),
            "/r4" => TestResponse.Redirect("/r5", 307),
            "/r5" => TestResponse.Redirect("/end", 308),
            _ => TestResponse.Text("<p>end</p>"),
        };
        using var fetcher = new SafeFetcher(Local);

        // When the first is fetched
        var result = await fetcher.FetchAsync(new Uri(_server.Url("/r1")));

        // Then the page at the end is returned with its own URL
        Assert.Equal(_server.Url("/end"), result.Url.AbsoluteUri);
        Assert.Equal("<p>end</p>", result.Text());
    }

    [Fact]
    public async Task FetchAsync_SixRedirects_GivesUp()
    {
        // Given redirects without end
        Handler = r => TestResponse.Redirect("/r" + (int.Parse(r.Path[2..], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var fetcher = new SafeFetcher(Local);
        var url = _server.Url("/r0");

        // When the first is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        // Then it stops after five redirects, naming the URL asked for
        Assert.StartsWith($"{url}: more than 5 redirects", ex.Message, StringComparison.Ordinal);
        Assert.Equal(6, _server.Requests.Count);
    }

    [Theory]
    [InlineData("http://10.0.0.1/internal", "10.0.0.1 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    public async Task FetchAsync_RedirectToPrivateAddress_IsRefused(string target, string why)
    {
        // Given a guarded fetcher for which only the test server's address counts as public, and a redirect from it
        Handler = _ => TestResponse.Redirect(target);
        using var fetcher = new SafeFetcher(FetchOptions.Default with
        {
            HostInterval = TimeSpan.Zero,
            Exempt = new HashSet<IPAddress> { IPAddress.Loopback },
        });
        var url = _server.Url("/go");

        // When the page is fetched
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        // Then the redirect is refused, naming where it led
        Assert.StartsWith($"{url}: refused: {why}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(target.TrimEnd('/'), ex.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public void Fetch_HttpsServer_ReadsThePage()
    {
        // Given an https server with a certificate of its own, trusted by the fetcher
        using var certificate = TestCertificate.Create();
        using var secure = new TestServer(_ => TestResponse.Text("<p>over tls</p>"), certificate);
        using var fetcher = new SafeFetcher(Local with { TrustedCertificate = certificate });

        // When a page is fetched from it
        var page = fetcher.Fetch(new Uri(secure.Url("/a")));

        // Then the page is read over TLS
        Assert.StartsWith("https://", page.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("<p>over tls</p>", page.Text());
    }

    [Fact]
    public void Fetch_HttpsRedirectingToHttp_RefusedWithoutFollowing()
    {
        // Given an https server that redirects to a plain-http one
        using var certificate = TestCertificate.Create();
        using var secure = new TestServer(_ => TestResponse.Redirect(_server.Url("/plain")), certificate);
        using var fetcher = new SafeFetcher(Local with { TrustedCertificate = certificate });

        // When the https page is fetched
        var ex = Assert.Throws<FetchException>(() => fetcher.Fetch(new Uri(secure.Url("/a"))));

        // Then the downgrade is refused, naming both ends, and the plain-http server is never asked
        Assert.Equal($"{secure.Url("/a")}: refused: redirect from https to http ({_server.Url("/plain")})", ex.Message);
        Assert.Equal(1, secure.Count("/a"));
        Assert.Equal(0, _server.Count("/plain"));
    }

    [Fact]
    public void Fetch_UntrustedCertificate_Refused()
    {
        // Given an https server whose certificate nobody trusts
        using var certificate = TestCertificate.Create();
        using var secure = new TestServer(_ => TestResponse.Text("<p>hello</p>"), certificate);
        using var fetcher = new SafeFetcher(Local with { MaxAttempts = 1 });

        // When a page is fetched from it
        var ex = Assert.Throws<FetchException>(() => fetcher.Fetch(new Uri(secure.Url("/a"))));

        // Then the fetch fails naming the URL, and no request was read by the server
        Assert.StartsWith(secure.Url("/a") + ":", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, secure.Count("/a"));
    }

    [Fact]
    public void DowngradeRefusal_HttpsToHttp_IsRefused()
    {
        // Given redirects between schemes
        // When each is judged
        // Then only https → http is a downgrade
        Assert.Equal("refused: redirect from https to http (http://example.org/b)", SafeFetcher.DowngradeRefusal(new Uri("https://example.org/a"), new Uri("http://example.org/b")));
        Assert.Null(SafeFetcher.DowngradeRefusal(new Uri("http://example.org/a"), new Uri("https://example.org/b")));
        Assert.Null(SafeFetcher.DowngradeRefusal(new Uri("https://example.org/a"), new Uri("https://example.org/b")));
    }

    [Fact]
    public async Task FetchAsync_SameHostThreeTimes_KeepsThePace()
    {
        // Given a fetcher allowing one request per host every 250 ms
        using var fetcher = new SafeFetcher(Local with { HostInterval = TimeSpan.FromMilliseconds(250) });

        // When the same host is asked three times
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            await fetcher.FetchAsync(new Uri(_server.Url("/p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        // Then the second and third waited their turn
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(480), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Text_Latin1Charset_DecodesByTheDeclaredCharset()
    {
        // Given a body in ISO-8859-1
        var body = Encoding.Latin1.GetBytes("Gefechte bei Kupjansk, sagte der Sprecher: 30 Verletzte, darunter Kinder, Straße zerstört");
        var result = new FetchResult(new Uri("http://example.org/"), 200, "text/html", "iso-8859-1", body, null, null, false);

        // When it is decoded
        // Then the declared charset is used
        Assert.Contains("Straße", result.Text(), StringComparison.Ordinal);
    }

    // The server notices a closed connection only when its next write fails.
    private static Task WaitForServerToStop() => Task.Delay(500);
}
