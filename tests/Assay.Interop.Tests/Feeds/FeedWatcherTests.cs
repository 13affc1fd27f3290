using Assay.Extraction.Pipeline;
using Assay.Interop.Feeds;
using Assay.Interop.Fetching;
using Assay.Storage;
using Assay.Testing.Http;
using Assay.Workspace;

namespace Assay.Interop.Tests.Feeds;

public sealed class FeedWatcherTests : IDisposable
{
    private static readonly FetchOptions Local = new()
    {
        AllowPrivate = true,
        HostInterval = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("assay-watch-");
    private readonly List<(string Guid, string Path, string Title)> _items = [("rss-1", "/news/1", "Drones over the port"), ("rss-2", "/news/2", "Night of drones")];
    private readonly TestServer _server;
    private readonly IStore _store;
    private readonly SafeFetcher _fetcher = new(Local);
    private readonly FeedWatcher _watcher;

    public FeedWatcherTests()
    {
        _server = new TestServer(Serve);
        _store = StoreFactory.Open(Path.Combine(_folder.FullName, "watch.db"));
        _watcher = new FeedWatcher(_store, _fetcher, ExtractionPipeline.Default);
    }

    public void Dispose()
    {
        _fetcher.Dispose();
        _store.Dispose();
        _server.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task PollAsync_RssFeed_StoresEachItemFromItsLink()
    {
        // Given an RSS feed of two items whose links serve article pages
        // When it is polled
        var report = await _watcher.PollAsync([_server.Url("/rss")]);

        // Then both articles are stored, with the page's title and the item's URL
        Assert.True(report.Succeeded, string.Join("; ", report.Sources.SelectMany(s => s.Failures)));
        Assert.Equal((2, 0, 0), (report.New, report.Repeats, report.Failed));
        var urls = _store.Articles().Select(a => a.Url).Order(StringComparer.Ordinal);
        Assert.Equal([_server.Url("/news/1"), _server.Url("/news/2")], urls);
        Assert.Contains(_store.Articles(), a => a.Title == "Drones over the port");
        Assert.NotEmpty(_store.Claims(new ClaimQuery()));
    }

    [Fact]
    public async Task PollAsync_SecondPoll_SkipsRepeatsAndPicksUpANewItem()
    {
        // Given an RSS feed polled once
        var feed = _server.Url("/rss");
        await _watcher.PollAsync([feed]);
        var stats = _store.Stats();

        // When it is polled again unchanged
        var again = await _watcher.PollAsync([feed]);

        // Then nothing is fetched or stored again: the items are repeats and the store is as it was
        Assert.Equal((0, 2), (again.New, again.Repeats));
        Assert.Equal(stats, _store.Stats());
        Assert.Equal(1, _server.Count("/news/1"));

        // And when an item is added, the next poll takes only that one
        _items.Add(("rss-3", "/news/3", "Third night"));
        var third = await _watcher.PollAsync([feed]);
        Assert.Equal((1, 2), (third.New, third.Repeats));
        Assert.Equal(_server.Url("/news/3"), Assert.Single(third.Sources[0].Stored).Location);
        Assert.Equal(3, _store.Stats().Articles);
    }

    [Fact]
    public async Task PollAsync_FeedWithETag_SendsItBackAndSkipsOn304()
    {
        // Given an RSS feed served with an ETag, polled once
        var feed = _server.Url("/rss-etag");
        await _watcher.PollAsync([feed]);

        // When it is polled again
        var again = await _watcher.PollAsync([feed]);

        // Then the ETag went back, the server answered 304, and nothing was parsed or fetched
        Assert.True(again.Sources[0].NotModified);
        Assert.Equal("\"feed-v1\"", _server.Requests.Last(r => r.Path == "/rss-etag").Header("If-None-Match"));
        Assert.Equal((0, 0), (again.New, again.Repeats));
        Assert.Equal("\"feed-v1\"", _store.Feed(feed)!.ETag);
    }

    [Fact]
    public async Task PollAsync_AtomFeedWhoseLinksFail_ReadsTheFeedsOwnContent()
    {
        // Given an Atom feed whose entries link to missing pages but carry their text
        // When it is polled
        var report = await _watcher.PollAsync([_server.Url("/atom")]);

        // Then the entry is stored from the feed's content, under its link
        Assert.Equal(1, report.New);
        var article = Assert.Single(_store.Articles());
        Assert.Equal((_server.Url("/missing/1"), "Atom entry"), (article.Url, article.Title));
    }

    [Fact]
    public async Task PollAsync_BadFeedsBesideAGoodOne_ReportsEachClearlyAndStoresTheGoodOne()
    {
        // Given, in one run, a feed that times out, one that fails with 500, one of malformed XML, one of 50 MB, and a good one
        using var fetcher = new SafeFetcher(Local with { RequestTimeout = TimeSpan.FromMilliseconds(500), MaxAttempts = 2 });
        var watcher = new FeedWatcher(_store, fetcher, ExtractionPipeline.Default);
        string[] feeds = [_server.Url("/slow"), _server.Url("/error"), _server.Url("/malformed"), _server.Url("/huge"), _server.Url("/rss")];

        // When they are polled
        var report = await watcher.PollAsync(feeds);

        // Then each bad feed says what went wrong, naming its URL, and the good one's items are stored
        var errors = report.Sources.Select(s => s.Error).ToList();
        Assert.Equal($"{feeds[0]}: timed out after 500 ms (2 attempts)", errors[0]);
        Assert.Equal($"{feeds[1]}: status 500 (Internal Server Error) after 2 attempts", errors[1]);
        Assert.StartsWith($"{feeds[2]}: not a readable feed at line 1, position ", errors[2], StringComparison.Ordinal);
        Assert.StartsWith($"{feeds[3]}: body exceeds 10 MB", errors[3], StringComparison.Ordinal);
        Assert.Null(errors[4]);
        Assert.Equal((2, 4), (report.New, report.Failed));
        Assert.False(report.Succeeded);
        Assert.Equal(errors[1], _store.Feed(feeds[1])!.LastError);
    }

    [Fact]
    public async Task PollAsync_OneItemFails_StoresTheOthersAndRetriesItNextPoll()
    {
        // Given a feed whose second item's page fails and carries no content
        _items[1] = ("rss-2", "/broken/2", "Broken");
        var feed = _server.Url("/rss");

        // When it is polled twice
        var first = await _watcher.PollAsync([feed]);
        var second = await _watcher.PollAsync([feed]);

        // Then the first item is stored, the failure names the item's URL and why, and the failed item is tried again
        Assert.Equal(1, first.New);
        var failure = Assert.Single(first.Sources[0].Failures);
        Assert.Equal((_server.Url("/broken/2"), "status 500 (Internal Server Error) after 3 attempts"), (failure.Location, failure.Reason));
        Assert.Equal((0, 1, 1), (second.New, second.Repeats, second.Failed));
        Assert.Equal(6, _server.Count("/broken/2"));
    }

    [Fact]
    public async Task PollAsync_Folder_StoresNewFilesOnEachPoll()
    {
        // Given a folder with one article file
        var inbox = Directory.CreateDirectory(Path.Combine(_folder.FullName, "inbox")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "one.html"), FeedPages.Article(12, "First file"));

        // When it is polled, a second file is added, and it is polled again
        var first = await _watcher.PollAsync([inbox]);
        await File.WriteAllTextAsync(Path.Combine(inbox, "two.html"), FeedPages.Article(40, "Second file"));
        var second = await _watcher.PollAsync([inbox]);

        // Then each poll stores only what is new
        Assert.Equal((1, 0), (first.New, first.Repeats));
        Assert.Equal((1, 1), (second.New, second.Repeats));
        Assert.Equal(2, _store.Stats().Articles);
    }

    [Fact]
    public async Task PollAsync_NeitherUrlNorFolder_ReportsIt()
    {
        // Given a path that does not exist
        var missing = Path.Combine(_folder.FullName, "absent");

        // When it is polled
        var report = await _watcher.PollAsync([missing]);

        // Then it is reported, naming it
        Assert.Equal($"{missing}: not an http(s) URL or an existing folder", report.Sources[0].Error);
    }

    [Fact]
    public async Task WatchAsync_Cancelled_StopsWithoutThrowing()
    {
        // Given a watch every 50 ms
        using var stop = new CancellationTokenSource();
        var polls = 0;

        // When it is cancelled after its second poll
        await _watcher.WatchAsync([_server.Url("/rss")], TimeSpan.FromMilliseconds(50), _ =>
        {
            if (++polls == 2)
            {
                stop.Cancel();
            }
        }, stop.Token);

        // Then it returned after two polls
        Assert.Equal(2, polls);
    }

    private TestResponse Serve(TestRequest request)
    {
        var path = request.Path;
        var absolute = _items.Select(i => (i.Guid, _server.Url(i.Path), i.Title));
        return path switch
        {
            "/rss" => TestResponse.Xml(FeedPages.Rss(absolute)),
            "/rss-etag" => request.Header("If-None-Match") == "\"feed-v1\""
                ? new TestResponse(304, [], null)
                : TestResponse.Xml(FeedPages.Rss(absolute)) with { Headers = new Dictionary<string, string> { ["ETag"] = "\"feed-v1\"" } },
            "/atom" => TestResponse.Xml(FeedPages.Atom([("urn:e:1", _server.Url("/missing/1"), "Atom entry")], FeedPages.Article(7, "Atom entry"))),
            "/slow" => TestResponse.Xml(FeedPages.Rss(absolute)) with { Delay = TimeSpan.FromSeconds(5) },
            "/error" => TestResponse.Failing(500),
            "/malformed" => TestResponse.Xml("<rss version=\"2.0\"><channel><title>x</channel></rss>"),
            "/huge" => new TestResponse(200, [], "application/rss+xml") { StreamBytes = 50L * 1024 * 1024 },
            _ when path.StartsWith("/news/", StringComparison.Ordinal) =>
                TestResponse.Text(FeedPages.Article(int.Parse(path[6..], System.Globalization.CultureInfo.InvariantCulture) * 10, _items.First(i => i.Path == path).Title)),
            _ when path.StartsWith("/broken/", StringComparison.Ordinal) => TestResponse.Failing(500),
            _ => TestResponse.Failing(404),
        };
    }
}
