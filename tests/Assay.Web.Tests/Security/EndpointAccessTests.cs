using System.Net;
using Assay.Web.Tests.Support;

namespace Assay.Web.Tests.Security;

/// <summary>With sign-in required, every endpoint the app maps refuses anonymous callers, and every write refuses viewers
/// without changing the store.</summary>
public sealed class EndpointAccessTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public async Task EveryEndpoint_WithoutToken_Answers401OrRedirectsToSignin()
    {
        // Given the app with sign-in required, and every endpoint it maps
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client();
        var endpoints = EndpointRoutes.All(app.Factory.Services).Where(e => !e.Anonymous).ToList();
        Assert.Contains(endpoints, e => e.Path == "/api/v1/openapi.json");

        // When each is called without a token or a session
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            using var request = endpoint.Message();
            using var response = await client.SendAsync(request);

            // Then the API answers 401 ProblemDetails and pages send the browser to /signin
            var ok = endpoint.IsApi
                ? response.StatusCode == HttpStatusCode.Unauthorized && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/signin", StringComparison.Ordinal) == true;
            if (!ok)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task AnonymousEndpoints_AreOnlySigninAndSignout()
    {
        // Given the app with sign-in required
        await using var app = SecuredWorkbench.Start(samples);

        // When the endpoints that answer without sign-in are listed
        var anonymous = EndpointRoutes.All(app.Factory.Services).Where(e => e.Anonymous).Select(e => e.Path).Distinct().Order();

        // Then there are only the two that start and end a session
        Assert.Equal(["/signin", "/signout"], anonymous);
    }

    [Fact]
    public async Task EveryWrite_WithViewerToken_Answers403AndChangesNothing()
    {
        // Given the app with sign-in required and a viewer's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.ViewerToken);
        var writes = EndpointRoutes.All(app.Factory.Services).Where(e => e.Writes && !e.Anonymous).ToList();
        Assert.NotEmpty(writes);
        var before = app.Counts();

        // When the viewer calls every endpoint that may change something
        var wrong = new List<string>();
        foreach (var endpoint in writes)
        {
            using var request = endpoint.Message();
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }

        // Then each answers 403 ProblemDetails, and no article or decision was added
        Assert.Empty(wrong);
        Assert.Equal(before, app.Counts());
    }

    [Fact]
    public async Task EveryWrite_WithAnalystToken_IsNotForbidden()
    {
        // Given the app with sign-in required and an analyst's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.AnalystToken);
        var writes = EndpointRoutes.All(app.Factory.Services)
            .Where(e => e.Writes && !e.Anonymous && !e.Path.Contains("/users", StringComparison.OrdinalIgnoreCase))
            .ToList();

        // When the analyst calls every endpoint that may change something (bogus ids and bodies are fine: only the role matters)
        var forbidden = new List<string>();
        foreach (var endpoint in writes)
        {
            using var request = endpoint.Message();
            using var response = await client.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                forbidden.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }

        // Then none is refused for want of a role
        Assert.Empty(forbidden);
    }

    [Fact]
    public async Task Reads_WithViewerToken_Answer()
    {
        // Given the app with sign-in required and a viewer's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.ViewerToken);

        // When the viewer reads the home page and the OpenAPI document
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var openApi = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        // Then both answer
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/api/v1/users")]
    public async Task UserAdministration_WithAnalystToken_Answers403(string path)
    {
        // Given the app with sign-in required and an analyst's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.AnalystToken);
        using var admin = app.Client(app.AdminToken);

        // When the analyst reads or posts to the users' pages or API, and an admin reads them
        using var read = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var write = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{}"));
        using var adminRead = await admin.GetAsync(new Uri(path, UriKind.Relative));

        // Then the analyst is refused both, and the admin is not refused
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, adminRead.StatusCode);
    }
}
