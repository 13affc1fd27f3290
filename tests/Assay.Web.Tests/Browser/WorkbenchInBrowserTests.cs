using Assay.Testing;
using Assay.Web.Tests.Support;
using Assay.Workspace;
using Microsoft.Playwright;

namespace Assay.Web.Tests.Browser;

/// <summary>The workbench in a real browser: ingest through the form, read, click a figure and see its source; every
/// page screenshotted, without console errors or requests leaving the app; keyboard users reach the skip link first.</summary>
public sealed class WorkbenchInBrowserTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    private const string Sample = "2024-11-20-yonhap-nis-over-10000-combat.txt";

    [BrowserFact]
    public async Task Reader_UploadedSampleQuantityClicked_ShowsItsSource()
    {
        // Given the app over an empty store, in Chromium allowed to reach only the app
        var folder = Directory.CreateTempSubdirectory("assay-web-browser-");
        try
        {
            var db = Path.Combine(folder.FullName, "empty.db");
            StoreFactory.Open(db).Dispose();
            await using var app = await LiveApp.StartAsync(db);
            var (playwright, browser) = await Chromium.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            List<string> refused = [], errors = [];
            var page = await Chromium.OpenPageAsync(browser, app.Address, refused, errors);

            // When a sample is uploaded through the form, and its figure 10,000 clicked in the reader
            await page.GotoAsync(new Uri(app.Address, "articles").ToString());
            await page.SetInputFilesAsync("#file", SharedData.RepoPath("samples", Sample));
            await page.ClickAsync("form[enctype] button[type=submit]");
            await page.WaitForURLAsync("**/articles/*");
            var figure = page.Locator("a.quantity", new PageLocatorOptions { HasTextString = "10,000" }).First;
            await figure.ClickAsync();
            await page.WaitForURLAsync("**claim=**");

            // Then the details panel shows the claim's source, as stored
            string source;
            using (var store = StoreFactory.Open(db))
            {
                var article = Assert.Single(store.Articles());
                var x = store.LoadExtraction(article.Id)!;
                var index = x.Quantities.Select((q, i) => (q, i)).First(p => p.q.Text.Contains("10,000", StringComparison.Ordinal)).i;
                source = x.Claims.First(c => c.QuantityIndex == index).Source;
            }

            var shown = await page.Locator("#details [data-testid=source]").InnerTextAsync();
            Assert.Contains(source, shown, StringComparison.Ordinal);
            Assert.Contains("10,000", await page.Locator("#details [data-testid=figure]").InnerTextAsync(), StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, "web-reader-details.png"), FullPage = true });
            Assert.Empty(refused);
            Assert.Empty(errors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [BrowserFact]
    public async Task EveryPage_InChromium_RendersWithoutErrorsOrOutsideRequests()
    {
        // Given the app over the samples, in Chromium allowed to reach only the app
        await using var app = await LiveApp.StartAsync(samples.Db);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        List<string> refused = [], errors = [];
        var page = await Chromium.OpenPageAsync(browser, app.Address, refused, errors);
        long article;
        using (var store = StoreFactory.Open(samples.Db))
        {
            article = store.Articles()[0].Id;
        }

        await page.GotoAsync(new Uri(app.Address, "estimates").ToString());
        var subject = (await page.Locator("main table a").First.GetAttributeAsync("href"))!.TrimStart('/');

        var pages = new (string Name, string Path)[]
        {
            ("story", ""), ("articles", "articles"), ("reader", $"articles/{article}?claim=c1#details"), ("claims", "claims"),
            ("estimates", "estimates"), ("estimate-subject", subject), ("sources", "sources"),
            ("origins", "origins"), ("ach", "ach"), ("briefing", "briefing"),
        };

        // When every page is visited and screenshotted
        foreach (var (name, path) in pages)
        {
            var response = await page.GotoAsync(new Uri(app.Address, path).ToString());
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            Assert.True(await page.Locator("main h1, main h2").CountAsync() > 0, $"{path} has no heading");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, $"web-{name}.png"), FullPage = true });
        }

        // Then nothing was fetched from elsewhere and no script failed
        Assert.Empty(refused);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Ach_RatingChosenInTheBrowser_IsSavedWithoutPressingSave()
    {
        // Given a copy of the samples in Chromium, and a matrix with two hypotheses and one item made through the forms
        await using var app = await LiveApp.StartAsync(samples.Copy());
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        List<string> refused = [], errors = [];
        var page = await Chromium.OpenPageAsync(browser, app.Address, refused, errors);
        await page.GotoAsync(new Uri(app.Address, "ach").ToString());
        await page.FillAsync("#matrix", "intent");
        await page.FillAsync("#title", "Why were the troops sent?");
        await page.ClickAsync("text=Create");
        await page.WaitForURLAsync("**/ach/intent");
        // (each post answers with a redirect back to the matrix: wait for what the new page shows, not for a load
        // state or an address the page already shown may have)
        foreach (var text in new[] { "Combat role", "Labour only" })
        {
            await page.FillAsync("#h-text", text);
            await page.ClickAsync("button:has-text('Add H')");
            await page.GetByText(text).First.WaitForAsync();
        }

        await page.FillAsync("#e-text", "Soldiers were seen near the front line");
        await page.ClickAsync("button:has-text('Add E')");
        await page.Locator("#rate-E1-H2").WaitForAsync();
        // (the cell is there as soon as it is parsed; the deferred script that submits a chosen rating has run only
        // once the document is loaded, and a rating chosen before that would wait for a Save that never comes)
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        // When a rating is chosen in a cell (the script submits the row)
        await page.SelectOptionAsync("#rate-E1-H2", "II");
        await page.WaitForURLAsync("**#row-E1");
        await page.Locator("[role=status]", new PageLocatorOptions { HasTextString = "Rated E1" }).WaitForAsync();

        // Then the page comes back with the rating saved and the scores updated
        Assert.Equal("II", await page.InputValueAsync("#rate-E1-H2"));
        Assert.Contains("Rated E1", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, "web-ach-matrix.png"), FullPage = true });
        Assert.Empty(refused);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Keyboard_FirstTab_ReachesTheSkipLink()
    {
        // Given the dashboard in Chromium
        await using var app = await LiveApp.StartAsync(samples.Db);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        List<string> refused = [], errors = [];
        var page = await Chromium.OpenPageAsync(browser, app.Address, refused, errors);
        await page.GotoAsync(app.Address.ToString());

        // When the keyboard user presses Tab once, then Enter
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className + '|' + document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");

        // Then the skip link had focus, and it moves focus to the content
        Assert.Equal("skip-link|#content", focused);
        Assert.Equal("content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
