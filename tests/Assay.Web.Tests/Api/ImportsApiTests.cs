using System.Net;
using System.Net.Http.Json;
using System.Text;
using Assay.Testing.Http;

namespace Assay.Web.Tests.Api;

/// <summary>POST /imports/stix and /imports/url: the store's own bundle comes back as repeats and into a fresh store whole,
/// malformed bundles are refused naming the line, and a URL is fetched only where the server allows it.</summary>
public sealed class ImportsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ImportStix_OwnExport_AllRepeatsNothingStoredTwice()
    {
        // Given a writable copy of the samples store and its own STIX export
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);
        var (_, _, bundle) = await Http.Text(client, "/api/v1/exports/stix");

        // When the bundle is posted back
        var (status, body) = await Http.Post(client, "/api/v1/imports/stix", new StringContent(bundle, Encoding.UTF8, "application/json"));

        // Then every report is found already stored, and the store holds as many articles as before
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("added").GetInt32());
        Assert.Equal(before, body.GetProperty("existing").GetInt32());
        Assert.Equal(before, await Http.ArticleCount(client));
    }

    [Fact]
    public async Task ImportStix_ThirdPartyReport_StoredAndLinkListed()
    {
        // Given a writable copy and a bundle with one report carrying its text and one carrying only a link
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);
        const string bundle =
            """
            {"type": "bundle", "id": "bundle--0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "objects": [
              {"type": "report", "spec_version": "2.1", "id": "report--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
               "created": "2025-03-04T09:00:00.000Z", "modified": "2025-03-04T09:00:00.000Z", "name": "Ferry inspections",
               "published": "2025-03-04T09:00:00.000Z", "object_refs": ["identity--1c0f5d0e-5a4b-4d6e-9d58-2b2e0c1a9f10"],
               "description": "Coast guard officers inspected 14 ferries in the port of Klaipeda on Tuesday, a spokesman said. Two were held for further checks, according to the harbour authority."},
              {"type": "report", "spec_version": "2.1", "id": "report--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
               "created": "2025-03-05T09:00:00.000Z", "modified": "2025-03-05T09:00:00.000Z", "name": "Port closed",
               "published": "2025-03-05T09:00:00.000Z", "object_refs": ["identity--1c0f5d0e-5a4b-4d6e-9d58-2b2e0c1a9f10"],
               "external_references": [{"source_name": "article", "url": "https://news.example/port-closed"}]}
            ]}
            """;

        // When it is posted
        var (status, body) = await Http.Post(client, "/api/v1/imports/stix", new StringContent(bundle, Encoding.UTF8, "application/stix+json"));

        // Then the report with text is stored and the link is listed for fetching
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1, body.GetProperty("added").GetInt32());
        Assert.Equal("https://news.example/port-closed", body.GetProperty("links")[0].GetString());
        Assert.Equal(before + 1, await Http.ArticleCount(client));
    }

    [Fact]
    public async Task ImportStix_Malformed_Is400NamingTheLine()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When a bundle cut short is posted
        var (status, body) = await Http.Post(client, "/api/v1/imports/stix", new StringContent("{\"type\": \"bundle\",\n\"objects\": [ {", Encoding.UTF8, "application/json"));

        // Then it is refused saying where, and nothing is stored
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("line", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await Http.ArticleCount(client));
    }

    [Fact]
    public async Task ImportUrl_Loopback_RefusedByDefault()
    {
        // Given a local server with an article, and the app with its default (no private fetches)
        using var server = new TestServer(_ => TestResponse.Text(FeedPages.Article(9, "Drones over Port Eskel")));
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When its URL is posted
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/imports/url", UriKind.Relative), new { url = server.Url("/story") });

        // Then the guard refuses it without a request reaching the server, and nothing is stored
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, server.Count("/story"));
        Assert.Equal(before, await Http.ArticleCount(client));
    }

    [Fact]
    public async Task ImportUrl_PrivateAllowed_FetchesAndStoresOnce()
    {
        // Given a local server with an article, and the app allowed to fetch private addresses
        using var server = new TestServer(_ => TestResponse.Text(FeedPages.Article(9, "Drones over Port Eskel")));
        await using var factory = api.Writable(new Dictionary<string, string?> { ["Assay:AllowPrivateFetch"] = "true" });
        using var client = factory.CreateClient();

        // When its URL is posted twice
        using var first = await client.PostAsJsonAsync(new Uri("/api/v1/imports/url", UriKind.Relative), new { url = server.Url("/story") });
        using var second = await client.PostAsJsonAsync(new Uri("/api/v1/imports/url", UriKind.Relative), new { url = server.Url("/story") });

        // Then the first stores it with the URL as its address, the second finds it stored
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var (_, article) = await Http.Get(client, first.Headers.Location!.OriginalString);
        Assert.Equal(server.Url("/story"), article.Str("url"));
    }

    [Theory]
    [InlineData("ftp://news.example/a")]
    [InlineData("not a url")]
    public async Task ImportUrl_NotHttp_Is400NamingUrl(string url)
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();

        // When something other than an http(s) URL is posted
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/imports/url", UriKind.Relative), new { url });

        // Then the problem names the parameter
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("url", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
