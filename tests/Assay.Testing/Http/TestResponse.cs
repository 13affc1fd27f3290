using System.Text;

namespace Assay.Testing.Http;

/// <summary>What the <see cref="TestServer"/> answers to one request.</summary>
public sealed record TestResponse(int Status, byte[] Body, string? ContentType = "text/html; charset=utf-8")
{
    /// <summary>Extra headers, such as ETag, Location or Retry-After.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A wait before anything is sent, to play a slow server.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When above zero, this many filler bytes are sent as the body instead of <see cref="Body"/>.</summary>
    public long StreamBytes { get; init; }

    /// <summary>With <see cref="StreamBytes"/>: whether the length is announced in Content-Length.</summary>
    public bool AnnounceLength { get; init; }

    public static TestResponse Text(string body, string contentType = "text/html; charset=utf-8") => new(200, Encoding.UTF8.GetBytes(body), contentType);

    public static TestResponse Xml(string body) => Text(body, "application/rss+xml; charset=utf-8");

    public static TestResponse Failing(int status) => new(status, Encoding.UTF8.GetBytes($"status {status}"), "text/plain");

    public static TestResponse Redirect(string location, int status = 302) =>
        new(status, [], null) { Headers = new Dictionary<string, string> { ["Location"] = location } };
}
