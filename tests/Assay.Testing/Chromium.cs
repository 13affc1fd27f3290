using Microsoft.Playwright;

namespace Assay.Testing;

/// <summary>Debian's Chromium driven headless through Playwright; no browser is downloaded.</summary>
public static class Chromium
{
    /// <summary>The browser binary: $ASSAY_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("ASSAY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"No Chromium at {ExecutablePath}: install Debian's 'chromium' package (scripts/test does) or set ASSAY_CHROMIUM.";

    /// <summary>Folder for screenshots, kept after the run as test artifacts (TestResults/screenshots under the repository).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = SharedData.RepoPath("TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>A new page that may load files from disk only: every other request is refused and its address added to
    /// the returned list, so a test can assert that nothing reached for the network.</summary>
    public static async Task<(IPage Page, List<string> Refused)> OfflinePageAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.NewPageAsync();
        Tolerate(page);
        var refused = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                refused.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return (page, refused);
    }

    /// <summary>How long a page action or navigation may wait. Playwright's default of 30 s was overrun on this 2-core
    /// machine when another test run shared it; a test that passes takes a few seconds whatever this is.</summary>
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(120);

    private static void Tolerate(IPage page)
    {
        page.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        page.SetDefaultNavigationTimeout((float)ActionTimeout.TotalMilliseconds);
    }

    /// <summary>Starts Playwright and a headless Chromium; dispose both.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: scripts/test installs Debian's 'chromium' package.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers run tests as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }

    /// <summary>A page that may reach only <paramref name="origin"/>: every other request is aborted, and counted in
    /// <paramref name="refused"/>; console errors and page errors are collected in <paramref name="errors"/>.</summary>
    public static async Task<IPage> OpenPageAsync(IBrowser browser, Uri origin, List<string> refused, List<string> errors)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        Tolerate(page);
        var prefix = origin.GetLeftPart(UriPartial.Authority);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(prefix, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (refused)
                {
                    refused.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return page;
    }
}
