using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Interop.Fetching;
using Assay.Storage;

namespace Assay.Interop.Feeds;

/// <summary>Polls feeds (RSS, Atom) and folders and stores what is new: for a feed, each item not taken before is
/// fetched from its link (or read from the content the feed carries when the link cannot be fetched), extracted and
/// stored; for a folder, each file whose article is not stored yet.</summary>
/// <remarks>One bad item never stops its feed and one bad feed never stops the others: each failure is reported with
/// its URL and tried again on the next poll. A feed's validators (ETag, Last-Modified) are kept only when every new
/// item went in, so a failed item is not hidden behind a "not modified" answer. Uses the store from one thread.</remarks>
/// <param name="store">Where articles, feed state and taken items are kept.</param>
/// <param name="fetcher">Fetches feeds and pages.</param>
/// <param name="pipeline">Extracts each article before it is stored.</param>
/// <param name="reader">Reads pages and files; <see cref="ArticleReader.Default"/> when null.</param>
public sealed class FeedWatcher(IStore store, SafeFetcher fetcher, ExtractionPipeline pipeline, ArticleReader? reader = null)
{
    private readonly ArticleReader _reader = reader ?? ArticleReader.Default;
    private readonly FolderPoller _folders = new(store, pipeline, reader ?? ArticleReader.Default);

    /// <summary>Polls every source once, in order: URLs (http, https) as feeds, anything else as a folder.</summary>
    public async Task<PollReport> PollAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var started = DateTimeOffset.UtcNow;
        var polls = new List<SourcePoll>(sources.Count);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            polls.Add(IsUrl(source, out var url)
                ? await PollFeedAsync(source, url, cancellationToken).ConfigureAwait(false)
                : _folders.Poll(source, cancellationToken));
        }

        return new PollReport(started, polls);
    }

    /// <summary>Polls every <paramref name="interval"/> until <paramref name="cancellationToken"/> is cancelled,
    /// handing each poll's report to <paramref name="onPoll"/>; returns when cancelled, without throwing.</summary>
    public async Task WatchAsync(IReadOnlyList<string> sources, TimeSpan interval, Action<PollReport> onPoll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onPoll);
        try
        {
            while (true)
            {
                onPoll(await PollAsync(sources, cancellationToken).ConfigureAwait(false));
                await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C between or during polls ends the watch; what was stored stays stored.
        }
    }

    /// <summary>True when <paramref name="source"/> is an absolute http or https URL.</summary>
    public static bool IsUrl(string source, out Uri url)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Uri.TryCreate(source, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }

    private async Task<SourcePoll> PollFeedAsync(string source, Uri url, CancellationToken cancellationToken)
    {
        var state = store.Feed(source);
        var polled = DateTimeOffset.UtcNow;
        FetchResult fetched;
        ParsedFeed feed;
        try
        {
            fetched = await fetcher.FetchAsync(url, state?.ETag, state?.LastModified, cancellationToken).ConfigureAwait(false);
            if (fetched.NotModified)
            {
                store.SaveFeed(new FeedState(source, state?.ETag, state?.LastModified, polled, null));
                return new SourcePoll(source, true, [], 0, [], null);
            }

            feed = FeedParser.Parse(fetched.Body, source);
        }
        catch (Exception ex) when (ex is FetchException or FeedException)
        {
            store.SaveFeed(new FeedState(source, state?.ETag, state?.LastModified, polled, ex.Message));
            return SourcePoll.Failed(source, ex.Message);
        }

        var seen = store.SeenItems(source, feed.Items.Select(i => i.Key).ToList());
        var taken = new HashSet<string>(seen, StringComparer.Ordinal);
        var stored = new List<StoredItem>();
        var failures = new List<ItemFailure>();
        var repeats = 0;
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!taken.Add(item.Key))
            {
                repeats++;
                continue;
            }

            var location = item.Link?.AbsoluteUri ?? item.Key;
            var (article, error) = await ReadItemAsync(item, cancellationToken).ConfigureAwait(false);
            if (article is not null)
            {
                error = Store(article, out var saved);
                if (saved is { } result)
                {
                    store.MarkSeen(source, item.Key, result.ArticleId, null);
                    if (result.Added)
                    {
                        stored.Add(new StoredItem(location, result.ArticleId, article.Title));
                    }
                    else
                    {
                        repeats++;
                    }

                    continue;
                }
            }

            store.MarkSeen(source, item.Key, null, error);
            failures.Add(new ItemFailure(location, error!));
        }

        var keepValidators = failures.Count == 0;
        store.SaveFeed(new FeedState(
            source,
            keepValidators ? fetched.ETag : state?.ETag,
            keepValidators ? fetched.LastModified : state?.LastModified,
            polled,
            null));
        return new SourcePoll(source, false, stored, repeats, failures, null);
    }

    private async Task<(Article? Article, string? Error)> ReadItemAsync(FeedItem item, CancellationToken cancellationToken)
    {
        string? linkError = null;
        if (item.Link is { } link)
        {
            try
            {
                var page = await fetcher.FetchAsync(link, cancellationToken: cancellationToken).ConfigureAwait(false);
                var read = _reader.ReadText(page.Text(), link.AbsoluteUri, UrlArticleReader.FormatOf(page.ContentType)).FirstOrDefault();
                if (read?.Article is { } article)
                {
                    return (FeedFile.Complete(article, item), null);
                }

                linkError = Reason(read?.Error, link.AbsoluteUri) ?? "the page holds no article";
            }
            catch (FetchException ex)
            {
                linkError = ex.Reason;
            }
        }

        if (!string.IsNullOrWhiteSpace(item.Content))
        {
            var location = item.Link?.AbsoluteUri ?? item.Key;
            var read = _reader.ReadText(FeedFile.AsPage(item.Content), location, "html").FirstOrDefault();
            if (read?.Article is { } fromFeed)
            {
                return (FeedFile.Complete(fromFeed, item), null);
            }

            var contentError = Reason(read?.Error, location) ?? "the feed's content holds no article";
            return (null, linkError is null ? contentError : $"{linkError}; the feed's own content: {contentError}");
        }

        return (null, linkError ?? "the item has neither a link nor content");
    }

    private string? Store(Article article, out SaveResult? saved)
    {
        try
        {
            saved = store.Save([pipeline.Extract(article)])[0];
            return null;
        }
#pragma warning disable CA1031 // One article failing to extract or store is reported and the feed goes on.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            saved = null;
            return $"could not be stored: {ex.Message}";
        }
    }

    // The readers start their messages with the location; the failure line names it already.
    private static string? Reason(string? error, string location) =>
        error is not null && error.StartsWith(location + ": ", StringComparison.Ordinal) ? error[(location.Length + 2)..] : error;
}
