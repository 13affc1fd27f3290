using System.Net;
using System.Text.Json;

namespace Assay.Web.Tests.Api;

/// <summary>GET /briefing in Markdown, HTML and JSON.</summary>
public sealed class BriefingApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Get_EachFormat_RightTypeAndContent()
    {
        // Given the samples store
        // When the briefing is asked for in each format
        var (mdStatus, mdType, md) = await Http.Text(api.Client, "/api/v1/briefing");
        var (htmlStatus, htmlType, html) = await Http.Text(api.Client, "/api/v1/briefing?format=html");
        var (jsonStatus, jsonType, json) = await Http.Text(api.Client, "/api/v1/briefing?format=json&since=2025-01-01");

        // Then each has its content type, and all speak of the North Korean troops
        Assert.Equal(HttpStatusCode.OK, mdStatus);
        Assert.Equal("text/markdown", mdType);
        Assert.StartsWith("# ", md, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, htmlStatus);
        Assert.Equal("text/html", htmlType);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal("application/json", jsonType);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
        Assert.Contains("North Korean", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("North Korean", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/briefing?format=pdf", "format")]
    [InlineData("/api/v1/briefing?since=yesterday", "since")]
    public async Task Get_BadParameter_400NamingIt(string path, string parameter)
    {
        // Given the samples store
        // When the briefing is asked for with a bad parameter
        var (status, problem) = await Http.Get(api.Client, path);

        // Then the 400 names it
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, problem.Str("parameter"));
    }
}
