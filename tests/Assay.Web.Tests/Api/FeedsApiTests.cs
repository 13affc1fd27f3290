using System.Net;
using Assay.Testing.Http;

namespace Assay.Web.Tests.Api;

/// <summary>The server watching feeds while it runs (Assay:Watch) and GET /feeds showing their state.</summary>
public sealed class FeedsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Watch_LocalFeed_StoresItsItemsWhileServingAndListsTheFeed()
    {
        // Given a local RSS feed of two articles, and the app told to watch it every second
        using var server = new TestServer(request => request.Path switch
        {
            "/rss" => TestResponse.Xml(FeedPages.Rss([("g1", "/news/1", "Drones over Port Eskel"), ("g2", "/news/2", "Port Eskel counts the damage")])),
            "/news/1" => TestResponse.Text(FeedPages.Article(31, "Drones over Port Eskel")),
            "/news/2" => TestResponse.Text(FeedPages.Article(17, "Port Eskel counts the damage")),
            _ => TestResponse.Failing(404),
        });
        await using var factory = api.Writable(new Dictionary<string, string?>
        {
            ["Assay:Watch:0"] = server.Url("/rss"),
            ["Assay:WatchIntervalSeconds"] = "1",
            ["Assay:AllowPrivateFetch"] = "true",
        });
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When the server runs for a while
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Http.ArticleCount(client) < before + 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        // Then both items are stored once, and the feed is listed as polled without error
        Assert.Equal(before + 2, await Http.ArticleCount(client));
        var (status, feeds) = await Http.Get(client, "/api/v1/feeds");
        Assert.Equal(HttpStatusCode.OK, status);
        var feed = Assert.Single(feeds.EnumerateArray());
        Assert.Equal(server.Url("/rss"), feed.Str("url"));
        Assert.NotNull(feed.Str("last_polled"));
        Assert.Null(feed.Str("last_error"));
    }

    [Fact]
    public async Task Feeds_NoneWatched_IsAnEmptyList()
    {
        // Given the samples store, where nothing was watched
        // When the feeds are listed
        var (status, feeds) = await Http.Get(api.Client, "/api/v1/feeds");

        // Then the list is empty
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(feeds.EnumerateArray());
    }
}
