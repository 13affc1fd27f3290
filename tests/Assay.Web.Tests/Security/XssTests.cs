using System.Net;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Web.Tests.Security;

/// <summary>An article whose title, outlet, text and credited source carry script renders inert everywhere it is shown.</summary>
public sealed class XssTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    // Written for this test: a harbour report whose every field carries a payload. The second paragraph credits a
    // source whose name is itself an <img onerror> tag.
    private const string Hostile =
        """
        {"title": "Harbour <script>alert('title')</script> report",
         "outlet": "Evil <img src=x onerror=alert('outlet')> Times",
         "published": "2026-11-20",
         "url": "https://news.example/harbour-xss",
         "text": "The coast guard of <script>alert('body')</script> counted 40 boats near the harbour on Monday, officials said.\n\nAccording to <img src=x onerror=alert('source')> Agency, about 300 sailors were aboard the boats, a spokesman said on Tuesday.\n\n\"We saw at least 12 warships,\" said Kim <b onmouseover=alert('name')>Lee</b>, a harbour official."}
        """;

    private static readonly string[] Payloads = ["<script>alert(", "<img src=x onerror", "<b onmouseover"];

    [Fact]
    public async Task EveryPageAndApiResponse_HostileArticle_IsEncoded()
    {
        // Given the hostile article ingested into a copy of the samples
        await using var app = SecuredWorkbench.Start(samples);
        long id;
        using (var store = StoreFactory.Open(app.Db))
        {
            var outcome = Assert.Single(ArticleIntake.Store(store, ArticleReader.Default.ReadText(Hostile, "harbour-xss.json", "json"), ExtractionPipeline.Default));
            Assert.Null(outcome.Error);
            id = store.Articles(1)[0].Id;
        }

        using var client = app.Client(app.ViewerToken);
        var reads = EndpointRoutes.All(app.Factory.Services, id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(e => e.Method == "GET" && !e.Path.Contains("/x", StringComparison.Ordinal))
            .ToList();

        // When every page and API read that takes no word parameter is asked for, with the article's id where one is needed
        var raw = new List<string>();
        var shownInHtml = new List<string>();
        var shownInJson = new List<string>();
        foreach (var endpoint in reads)
        {
            using var request = endpoint.Message();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var type = response.Content.Headers.ContentType?.MediaType ?? "";

            // Then no HTML, JSON or SVG response carries a payload as markup, and anything else is served as a type no
            // browser renders as a page
            var markup = type.Contains("html", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal);
            if (Payloads.Any(p => body.Contains(p, StringComparison.OrdinalIgnoreCase)) && (markup || type.Length == 0))
            {
                raw.Add($"{endpoint} ({type})");
            }

            if (type == "text/html" && body.Contains("Harbour &lt;script&gt;", StringComparison.Ordinal))
            {
                shownInHtml.Add(endpoint.Path);
            }

            if (type.Contains("json", StringComparison.Ordinal) && body.Contains("Harbour \\u003Cscript\\u003E", StringComparison.OrdinalIgnoreCase))
            {
                shownInJson.Add(endpoint.Path);
            }
        }

        Assert.Empty(raw);
        Assert.NotEmpty(shownInHtml);
        Assert.NotEmpty(shownInJson);
    }

    [Fact]
    public async Task Pages_AnyResponse_CarryTheSecurityHeaders()
    {
        // Given the app with sign-in required and a viewer's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.ViewerToken);
        using var anonymous = app.Client();

        // When a page, the sign-in page, an API document, a missing path and a refused request are asked for
        HttpResponseMessage[] responses =
        [
            await client.GetAsync(new Uri("/", UriKind.Relative)),
            await anonymous.GetAsync(new Uri("/signin", UriKind.Relative)),
            await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)),
            await client.GetAsync(new Uri("/no/such/page", UriKind.Relative)),
            await anonymous.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)),
        ];

        // Then each carries the CSP without inline scripts and the other security headers
        try
        {
            Assert.Equal(HttpStatusCode.OK, responses[0].StatusCode);
            foreach (var response in responses)
            {
                Assert.Equal(
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
                    Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
                Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
                Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
                Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
                Assert.False(response.Headers.Contains("Strict-Transport-Security"));
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Pages_OverHttps_AddHsts()
    {
        // Given the app with sign-in required, reached over https
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", app.ViewerToken);

        // When a page is asked for
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        // Then it tells the browser to keep to https
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}
