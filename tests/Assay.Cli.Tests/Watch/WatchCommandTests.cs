using System.Text.Json;
using Assay.Cli.Tests.Support;
using Assay.Extraction.Reading;
using Assay.Testing.Http;
using Assay.Workspace;

namespace Assay.Cli.Tests.Watch;

public sealed class WatchCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("assay-cli-watch-");
    private readonly TestServer _server;
    private readonly string _db;

    public WatchCommandTests()
    {
        _server = new TestServer(Serve);
        _db = Path.Combine(_folder.FullName, "watch.db");
    }

    public void Dispose()
    {
        _server.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public void Watch_OnceAgainstALocalFeed_StoresItsItemsAndExitsZero()
    {
        // Given a local RSS feed of two items
        var cli = RealStore();
        var feed = _server.Url("/rss");

        // When it is watched once
        var exit = cli.Run("watch", feed, "--once", "--allow-private", "--rate-ms", "0", "--db", _db);

        // Then both items are stored, each named in a line under the poll's counts
        Assert.Equal(0, exit);
        var output = cli.Out.Output;
        Assert.Contains("poll: 2 new, 0 repeats, 0 failed", output, StringComparison.Ordinal);
        Assert.Contains($"new: {_server.Url("/news/1")} (article ", output, StringComparison.Ordinal);
        using var store = StoreFactory.Open(_db);
        Assert.Equal(2, store.Stats().Articles);

        // And a second run counts them as repeats
        var again = RealStore();
        Assert.Equal(0, again.Run("watch", feed, "--once", "--allow-private", "--rate-ms", "0", "--db", _db));
        Assert.Contains("poll: 0 new, 2 repeats, 0 failed", again.Out.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_LoopbackWithoutAllowPrivate_IsRefusedAndExitsTwo()
    {
        // Given a local feed
        var cli = RealStore();
        var feed = _server.Url("/rss");

        // When it is watched without --allow-private
        var exit = cli.Run("watch", feed, "--once", "--db", _db);

        // Then it is refused with the reason, naming the URL, and nothing is fetched
        Assert.Equal(2, exit);
        Assert.Contains($"failed: {feed}: refused: 127.0.0.1 is a loopback address (use --allow-private)", cli.Out.Output, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Watch_Json_PrintsOneObjectPerPoll()
    {
        // Given a good feed and a failing one
        var cli = RealStore();

        // When both are watched once as JSON
        var exit = cli.Run("watch", _server.Url("/rss"), _server.Url("/gone"), "--once", "--allow-private", "--rate-ms", "0", "--json", "--db", _db);

        // Then one JSON object gives the counts and each source's outcome
        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(cli.Out.Output.Trim());
        Assert.Equal((2, 1), (json.RootElement.GetProperty("new").GetInt32(), json.RootElement.GetProperty("failed").GetInt32()));
        var sources = json.RootElement.GetProperty("sources");
        Assert.Equal(2, sources[0].GetProperty("stored").GetArrayLength());
        Assert.Equal($"{_server.Url("/gone")}: status 404 (Not Found)", sources[1].GetProperty("error").GetString());
    }

    [Fact]
    public void Watch_NegativeInterval_IsRejected()
    {
        // Given an interval below one second
        var cli = new CliRun();

        // When the watch is started
        var exit = cli.Run("watch", "inbox", "--interval", "0", "--db", _db);

        // Then the settings are refused
        Assert.NotEqual(0, exit);
        Assert.Contains("--interval must be at least 1 second", cli.Out.Output + cli.Err.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Url_StoresThePageAndSkipsAFailingOne()
    {
        // Given a page and a missing page on a local server
        var cli = RealStore();
        var page = _server.Url("/news/1");
        var missing = _server.Url("/gone");

        // When both URLs are ingested
        var exit = cli.Run("ingest", page, missing, "--allow-private", "--db", _db);

        // Then the page is stored under its URL and the missing one is a skipped input with its reason
        Assert.Equal(2, exit);
        Assert.Contains($"{missing}: status 404 (Not Found)", cli.Out.Output, StringComparison.Ordinal);
        using var store = StoreFactory.Open(_db);
        Assert.Equal(page, Assert.Single(store.Articles()).Url);
    }

    [Fact]
    public void Ingest_LoopbackUrlWithoutAllowPrivate_IsSkipped()
    {
        // Given a local page
        var cli = RealStore();
        var page = _server.Url("/news/1");

        // When it is ingested without --allow-private
        var exit = cli.Run("ingest", page, "--db", _db);

        // Then it is skipped as refused
        Assert.Equal(2, exit);
        Assert.Contains("refused: 127.0.0.1 is a loopback address", cli.Out.Output, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    private static CliRun RealStore() => new()
    {
        OpenStore = StoreFactory.Open,
        Reader = path => ArticleReader.Default.ReadFile(path),
    };

    private TestResponse Serve(TestRequest request) => request.Path switch
    {
        "/rss" => TestResponse.Xml(FeedPages.Rss([("g-1", _server.Url("/news/1"), "Drones over the port"), ("g-2", _server.Url("/news/2"), "Another night")])),
        "/news/1" => TestResponse.Text(FeedPages.Article(12, "Drones over the port")),
        "/news/2" => TestResponse.Text(FeedPages.Article(30, "Another night")),
        _ => TestResponse.Failing(404),
    };
}
