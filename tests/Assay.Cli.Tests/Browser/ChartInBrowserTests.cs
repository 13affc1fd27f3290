using Assay.Cli.Tests.EndToEnd;
using Assay.Testing;
using Microsoft.Playwright;

namespace Assay.Cli.Tests.Browser;

/// <summary>The estimate chart written as SVG, opened in Chromium: a file a browser draws, needing nothing else.</summary>
public sealed class ChartInBrowserTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    [BrowserFact]
    public async Task EstimateChartSvg_OpenedInChromium_DrawsTheSeriesWithNoRequest()
    {
        // Given the troop-count chart of the samples written as SVG
        var svg = _temp.File("troops.svg");
        var run = RealCli.Run("estimates", "north korean troops in russia", "--db", samples.Db, "--no-embeddings", "--chart", svg);
        Assert.True(run.Exit == 0, run.Err);

        // When Chromium opens the file with every other request refused
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, refused) = await Chromium.OfflinePageAsync(browser);
        var response = await page.GotoAsync(new Uri(svg).AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, "estimate-chart.png") });

        // Then it is drawn as an SVG document of the chart's size with the series' marks and labels, and asks for nothing
        Assert.True(response?.Ok);
        Assert.Empty(refused);
        var root = page.Locator("svg").First;
        var box = await root.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 900 && box.Height >= 500, $"drawn at {box.Width}×{box.Height}");
        Assert.True(await page.Locator("svg path, svg rect, svg line").CountAsync() > 10);
        Assert.Contains("troops", await page.Locator("svg").First.TextContentAsync() ?? "", StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _temp.Dispose();
}
