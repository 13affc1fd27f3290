using Assay.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Assay.Web.Tests.Api;

/// <summary>What the API's endpoints declare: the ingest rate limit, and state changes only on methods other than GET.</summary>
public sealed class EndpointMetadataTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Ingest_RequiresTheIngestRateLimit()
    {
        // Given the app's endpoints
        var endpoints = Endpoints();

        // When the ingest endpoint is found
        var ingest = endpoints.Single(e => e.RoutePattern.RawText?.TrimEnd('/') == "/api/v1/articles" && Methods(e).Contains("POST"));

        // Then it names the ingest rate-limiting policy
        Assert.Equal(Policies.Ingest, ingest.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
    }

    [Theory]
    [InlineData("/api/v1/imports/stix")]
    [InlineData("/api/v1/imports/url")]
    public void Imports_RequireTheIngestRateLimit(string route)
    {
        // Given the app's endpoints
        // When an import endpoint is found
        var import = Endpoints().Single(e => e.RoutePattern.RawText == route && Methods(e).Contains("POST"));

        // Then it is limited like ingest: each one stores articles
        Assert.Equal(Policies.Ingest, import.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
    }

    [Fact]
    public void Api_GetEndpoints_AreReadsAndWritesAreNot()
    {
        // Given the API's endpoints
        var endpoints = Endpoints().Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true).ToList();

        // When their methods are read
        var writes = endpoints.Where(e => !Methods(e).Contains("GET")).Select(e => e.RoutePattern.RawText?.TrimEnd('/')).ToList();

        // Then every endpoint that records something (resolution, merges, splits, undo, grades, ACH steps, ingest) is a POST or PUT
        Assert.All(endpoints, e => Assert.Single(Methods(e)));
        Assert.Contains("/api/v1/articles", writes);
        Assert.Contains("/api/v1/sources/{originId}/grade", writes);
        Assert.Contains("/api/v1/decisions/{id:long}/undo", writes);
        Assert.Contains("/api/v1/ach/{name}/ratings/{evidence}/{hypothesis}", writes);
        Assert.Contains("/api/v1/imports/stix", writes);
        Assert.Contains("/api/v1/imports/url", writes);
        Assert.Equal(13, writes.Count);
    }

    private List<RouteEndpoint> Endpoints()
    {
        // The fixture's client has started the app; its data sources list every mapped endpoint.
        var services = api.Services;
        return [.. services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()];
    }

    private static IReadOnlyList<string> Methods(Endpoint e) => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
}
