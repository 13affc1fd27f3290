using System.Net;
using System.Text.Json.Nodes;
using Assay.Testing;

namespace Assay.Web.Tests.Api;

/// <summary>The committed OpenAPI document is the one the app serves, and it describes every endpoint.</summary>
public sealed class OpenApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Committed_EqualsServed_ExceptServers()
    {
        // Given the document committed in docs/api and the one the running app serves
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(SharedData.RepoPath("docs/api/openapi.json")))!.AsObject();
        var (status, _, body) = await Http.Text(api.Client, "/api/v1/openapi.json");
        var served = JsonNode.Parse(body)!.AsObject();

        // When the servers entry, which names wherever the app happens to run, is left out of both
        committed.Remove("servers");
        served.Remove("servers");

        // Then they are the same: a changed API without a regenerated document fails here
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonNode.DeepEquals(committed, served), "docs/api/openapi.json is out of date: build src/Assay.Web and commit it");
    }

    [Fact]
    public async Task Served_EveryOperation_NamedAndSummarised()
    {
        // Given the served document
        var (_, _, body) = await Http.Text(api.Client, "/api/v1/openapi.json");
        var paths = JsonNode.Parse(body)!["paths"]!.AsObject();

        // When its API operations are read
        var operations = paths.Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();

        // Then there are all of them, each with an operation id and a summary
        Assert.True(operations.Count >= 29, $"{operations.Count} operations");
        Assert.All(operations, o => Assert.False(string.IsNullOrEmpty((string?)o.Operation["operationId"]), $"{o.Method} {o.Path}"));
        Assert.All(operations, o => Assert.False(string.IsNullOrEmpty((string?)o.Operation["summary"]), $"{o.Method} {o.Path}"));
        Assert.Contains(operations, o => o.Path == "/api/v1/articles" && o.Method == "post" && o.Operation["requestBody"]!["content"]!["multipart/form-data"] is not null);
    }
}
