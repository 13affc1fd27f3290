using System.Net;
using Assay.Web.Security;
using Assay.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Assay.Web.Tests.Security;

/// <summary>Request bodies over Assay:MaxUploadBytes get 413 and store nothing; ingest past its rate gets 429.</summary>
public sealed class LimitTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public async Task EveryWrite_BodyOverTheCap_Answers413AndStoresNothing()
    {
        // Given the app capped at 1,000 bytes and an analyst's token
        await using var app = SecuredWorkbench.Start(samples, new Dictionary<string, string?> { ["Assay:MaxUploadBytes"] = "1000" });
        using var client = app.Client(app.AnalystToken);
        var writes = EndpointRoutes.All(app.Factory.Services).Where(e => e.Writes).Select(e => (e.Method, e.Path))
            .Append(("POST", "/api/v1/articles")).Distinct().ToList();
        var before = app.Counts();

        // When a 5,000-byte article is sent to every endpoint that may change something
        var wrong = new List<string>();
        foreach (var (method, path) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
            {
                Content = new StringContent(new string('x', 5_000), System.Text.Encoding.UTF8, "text/plain"),
            };
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }

        // Then each answers 413 ProblemDetails and nothing was stored
        Assert.Empty(wrong);
        Assert.Equal(before, app.Counts());
    }

    [Fact]
    public async Task Ingest_PastTheLimit_Answers429WithRetryAfter()
    {
        // Given the app allowing two ingest requests a minute, and an analyst's token
        await using var app = SecuredWorkbench.Start(samples, new Dictionary<string, string?> { ["Assay:IngestPermitLimit"] = "2" });
        using var client = app.Client(app.AnalystToken);
        var ingest = Assert.Single(
            app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
            e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policies.Ingest && e.RoutePattern.RawText?.TrimEnd('/') == "/api/v1/articles");

        // When three articles are sent in a row
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsync(
                new Uri("/" + ingest.RoutePattern.RawText!.TrimStart('/'), UriKind.Relative),
                new StringContent($"Officials said {i + 10} boats were seen off the coast on Monday, according to a port report.", System.Text.Encoding.UTF8, "text/plain"));
            statuses.Add(last.StatusCode);
        }

        // Then the third is refused with 429 ProblemDetails and a Retry-After
        using var refused = last!;
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task IngestPolicy_PastTheLimit_Answers429ProblemWithRetryAfter()
    {
        // Given a bare app with the security setup and one endpoint under the ingest policy, two requests a minute
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Assay:IngestPermitLimit"] = "2";
        builder.Services.AddProblemDetails();
        SecuritySetup.AddServices(builder);
        await using var app = builder.Build();
        SecuritySetup.Use(app);
        app.MapPost("/ingest", () => Results.Ok()).RequireRateLimiting(Policies.Ingest);
        await app.StartAsync();
        using var client = app.GetTestClient();

        // When it is called three times
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostAsync(new Uri("/ingest", UriKind.Relative), null);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await client.PostAsync(new Uri("/ingest", UriKind.Relative), null);

        // Then the first two pass and the third gets 429 ProblemDetails saying when to retry
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Contains("try again", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
