using System.Net;
using System.Text.Json;

namespace Assay.Web.Tests.Api;

/// <summary>GET /exports/stix, misp, claimreview and tables/{table}: the same exports as 'assay export', scoped by subject
/// and date, with a 400 that names a bad parameter.</summary>
public sealed class InteropApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Stix_WholeStore_IsABundleWithAReportPerArticle()
    {
        // Given the samples store and its article count
        var articles = await Http.ArticleCount(api.Client);

        // When the STIX export is fetched
        var (status, type, body) = await Http.Text(api.Client, "/api/v1/exports/stix");

        // Then it is a STIX bundle served as STIX, with one report per article
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/stix+json", type);
        using var bundle = JsonDocument.Parse(body);
        Assert.Equal("bundle", bundle.RootElement.Str("type"));
        Assert.Equal(articles, bundle.RootElement.GetProperty("objects").EnumerateArray().Count(o => o.Str("type") == "report"));
    }

    [Fact]
    public async Task Stix_SubjectScope_HoldsFewerReports()
    {
        // Given the whole store's bundle
        var (_, _, whole) = await Http.Text(api.Client, "/api/v1/exports/stix");

        // When only one subject is exported
        var (status, _, scoped) = await Http.Text(api.Client, "/api/v1/exports/stix?subject=engineers");

        // Then it holds some reports, fewer than the whole
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(Reports(scoped), 1, Reports(whole) - 1);
    }

    [Fact]
    public async Task Misp_IsAnArrayOfEvents()
    {
        // Given the samples store
        // When the MISP export is fetched
        var (status, type, body) = await Http.Text(api.Client, "/api/v1/exports/misp");

        // Then it is a JSON array of MISP events, each with its info and attributes
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        using var events = JsonDocument.Parse(body);
        Assert.NotEmpty(events.RootElement.EnumerateArray());
        Assert.All(events.RootElement.EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("Event").Str("info"))));
    }

    [Fact]
    public async Task ClaimReview_NothingResolved_IsAnEmptyArray()
    {
        // Given the samples store, where no proposition is resolved
        // When the ClaimReview export is fetched
        var (status, type, body) = await Http.Text(api.Client, "/api/v1/exports/claimreview");

        // Then it is JSON-LD with no record: only resolved propositions are reviewed
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/ld+json", type);
        using var records = JsonDocument.Parse(body);
        Assert.Empty(records.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Table_EstimatesAsJsonLines_OneObjectPerLine()
    {
        // Given the samples store
        // When the estimates table is fetched as JSON Lines
        var (status, type, body) = await Http.Text(api.Client, "/api/v1/exports/tables/estimates?format=jsonl");

        // Then every line is one JSON object
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/x-ndjson", type);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Theory]
    [InlineData("/api/v1/exports/tables/origins", "table")]
    [InlineData("/api/v1/exports/tables/claims?format=xlsx", "format")]
    [InlineData("/api/v1/exports/stix?since=yesterday", "since")]
    public async Task Export_BadParameter_Is400NamingIt(string path, string parameter)
    {
        // Given the samples store
        // When an export is asked with a bad parameter
        var (status, body) = await Http.Get(api.Client, path);

        // Then the problem names the parameter
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(parameter, body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stix_StoreOverTheExportCap_Refused400UnlessScoped()
    {
        // Given the app allowing whole-store exports of 5 articles at most
        await using var factory = api.Writable(new Dictionary<string, string?> { ["Assay:MaxExportArticles"] = "5" });
        using var client = factory.CreateClient();

        // When the whole store is exported, then one subject
        var (whole, problem) = await Http.Get(client, "/api/v1/exports/stix");
        var (status, _, scoped) = await Http.Text(client, "/api/v1/exports/stix?subject=engineers");

        // Then the whole store is refused, saying how to scope it, and the subject's export is served
        Assert.Equal(HttpStatusCode.BadRequest, whole);
        Assert.Contains("?subject=", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(Reports(scoped) > 0);
    }

    private static int Reports(string json)
    {
        using var bundle = JsonDocument.Parse(json);
        return bundle.RootElement.GetProperty("objects").EnumerateArray().Count(o => o.Str("type") == "report");
    }
}
