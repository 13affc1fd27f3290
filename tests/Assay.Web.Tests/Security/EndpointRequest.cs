namespace Assay.Web.Tests.Security;

/// <summary>A request to one endpoint: method, path with parameters filled in, and what kind of endpoint it is.</summary>
internal sealed record EndpointRequest(string Method, string Path, bool Anonymous, string Name)
{
    /// <summary>True for the REST API, which answers 401 rather than redirecting to /signin.</summary>
    public bool IsApi => Path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for methods that may change something.</summary>
    public bool Writes => Method is not ("GET" or "HEAD" or "OPTIONS");

    /// <summary>The request, with an empty JSON body for writes.</summary>
    public HttpRequestMessage Message() =>
        new(new HttpMethod(Method), new Uri(Path, UriKind.Relative)) { Content = Writes ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null };

    public override string ToString() => $"{Method} {Path}";
}
