namespace Assay.Testing.Http;

/// <summary>A request the <see cref="TestServer"/> received: its path and headers (names in lower case).</summary>
public sealed record TestRequest(string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
