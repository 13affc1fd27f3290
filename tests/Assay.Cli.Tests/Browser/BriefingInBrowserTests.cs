using Assay.Cli.Tests.EndToEnd;
using Assay.Testing;
using Microsoft.Playwright;

namespace Assay.Cli.Tests.Browser;

/// <summary>The HTML briefing on the samples, opened in Chromium from disk with every network request refused.</summary>
public sealed class BriefingInBrowserTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    [BrowserFact]
    public async Task HtmlBriefing_OpenedWithoutNetwork_ShowsJudgmentsAndTheEmbeddedChart()
    {
        // Given the HTML briefing of the samples, written to a file
        var html = _temp.File("briefing.html");
        var brief = RealCli.Run("brief", "--db", samples.Db, "--no-embeddings", "--format", "html", "--out", html);
        Assert.True(brief.Exit == 0, brief.Err);

        // When Chromium opens it with every request other than the file itself refused
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, refused) = await Chromium.OfflinePageAsync(browser);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        var response = await page.GotoAsync(new Uri(html).AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, "briefing.png"), FullPage = true });

        // Then it loads, asks for nothing from the network and logs no error
        Assert.NotNull(response);
        Assert.True(response.Ok);
        Assert.Empty(refused);
        Assert.Empty(consoleErrors);

        // And the key judgments carry an ICD 203 term with its band in brackets
        var judgments = await page.Locator("#key-judgments").InnerTextAsync();
        Assert.Matches(@"\[\d{1,2}–\d{2,3}%\]", judgments);

        // And the estimate chart is embedded as SVG, drawn with a real size, and the page shows it
        var chart = page.Locator("figure svg").First;
        Assert.True(await chart.IsVisibleAsync());
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 300 && box.Height > 150, $"chart drawn at {box.Width}×{box.Height}");
        Assert.True(await page.Locator("figure svg path, figure svg rect, figure svg line").CountAsync() > 10);

        // And a claim reference in a judgment jumps to the cited claim's sentence
        var link = page.Locator("#key-judgments a[href^='#claim-']").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(target).IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(target).InnerTextAsync()));
    }

    public void Dispose() => _temp.Dispose();
}
