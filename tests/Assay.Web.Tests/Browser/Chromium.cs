using Microsoft.Playwright;

namespace Assay.Web.Tests.Browser;

/// <summary>Debian's Chromium driven headless through Playwright; no browser is downloaded.</summary>
internal static class Chromium
{
    /// <summary>The browser binary: $ASSAY_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("ASSAY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why browser tests are skipped, or null when they run (always under CI, where a missing browser fails).</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"No Chromium at {ExecutablePath}: install Debian's 'chromium' package or set ASSAY_CHROMIUM.";

    /// <summary>Folder for screenshots, kept after the run as test artifacts (TestResults/screenshots under the repository).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Assay.Testing.SharedData.RepoPath("TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Starts Playwright and a headless Chromium; dispose both.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: install Debian's 'chromium' package.");
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
