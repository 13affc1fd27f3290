using System.Net;
using Assay.Web.Tests.Browser;
using Assay.Web.Tests.Support;

namespace Assay.Web.Tests.Pages;

/// <summary>The pages' assets come from inside the assembly, so they are served wherever the app is hosted from.</summary>
public sealed class StaticAssetTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Theory]
    [InlineData("/css/site.css", "text/css", ".skip-link")]
    [InlineData("/js/site.js", "javascript", "autosubmit")]
    [InlineData("/favicon.svg", "image/svg+xml", "<svg")]
    public async Task Asset_HostWithoutWwwroot_IsServedFromTheAssembly(string path, string type, string content)
    {
        // Given the real app whose content root (the test's bin folder, as the CLI's bin for 'assay serve') has no wwwroot
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")));
        await using var app = await LiveApp.StartAsync(samples.Db);
        using var client = new HttpClient { BaseAddress = app.Address };

        // When the asset is asked for
        using var response = await client.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));

        // Then it is served with its type
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(type, response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
