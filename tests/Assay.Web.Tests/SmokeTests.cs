using System.Net;
using Assay.Web.Tests.Support;

namespace Assay.Web.Tests;

/// <summary>The app starts over the samples and answers its home page and its OpenAPI document.</summary>
public sealed class SmokeTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public async Task Home_OverTheSamples_Answers200()
    {
        // Given the app over the samples store
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When the home page and the OpenAPI document are asked for
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var openApi = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        // Then both answer
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("\"openapi\"", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
