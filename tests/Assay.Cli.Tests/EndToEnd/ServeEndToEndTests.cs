using System.Net;
using System.Net.Sockets;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary><c>assay serve --samples</c> run as a person runs it on a fresh clone: the workbench opens on the samples and
/// answers every page, its assets and the API.</summary>
public sealed class ServeEndToEndTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Serve_FreshStoreWithSamples_EveryPageAndTheApiAnswer()
    {
        // Given no store yet and a free loopback port
        var url = $"http://127.0.0.1:{FreePort()}";
        var db = _temp.File("fresh.db");

        // When 'assay serve --samples' runs on it as a separate process, as on a fresh clone
        using var process = CliProcess.Start(null, "serve", "--samples", "--db", db, "--urls", url);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilUp(client);

            // Then every page, the stylesheet and the API answer 200 from the CLI's own folder, with the samples in them
            foreach (var path in new[] { "/", "/articles", "/articles/1", "/claims", "/estimates", "/sources", "/origins", "/ach", "/briefing", "/css/site.css", "/api/v1/claims?limit=5" })
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            }

            Assert.Contains("National Intelligence Service", await client.GetStringAsync(new Uri("/sources", UriKind.Relative)), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => _temp.Dispose();

    private static async Task WaitUntilUp(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail("assay serve did not answer within 60 s");
            }

            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
