using System.Text;

namespace Assay.Interop.Fetching;

/// <summary>A response fetched by <see cref="SafeFetcher"/>: the body of a 2xx answer, or "not modified".</summary>
/// <param name="Url">The URL finally answered, after redirects.</param>
/// <param name="Status">The HTTP status code (200, 304…).</param>
/// <param name="ContentType">The media type without parameters ("text/html"); null when the server gave none.</param>
/// <param name="Charset">The charset parameter of the content type; null when none was given.</param>
/// <param name="Body">The body; empty when not modified.</param>
/// <param name="ETag">The response's ETag, to send back as If-None-Match next time.</param>
/// <param name="LastModified">The response's Last-Modified as the server wrote it, to send back as If-Modified-Since.</param>
/// <param name="NotModified">True when the server answered 304 to a conditional request.</param>
public sealed record FetchResult(
    Uri Url,
    int Status,
    string? ContentType,
    string? Charset,
    ReadOnlyMemory<byte> Body,
    string? ETag,
    string? LastModified,
    bool NotModified)
{
    /// <summary>The body as text: by its byte-order mark, else as <see cref="PageEncoding"/> decides (the server's charset,
    /// the page's own meta charset, UTF-8, windows-1252).</summary>
    public string Text()
    {
        var bytes = Body.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return PageEncoding.Of(Charset, bytes).GetString(bytes);
    }
}
