namespace Assay.Storage.Tests;

public abstract partial class StoreContractTests
{
    private const string FeedUrl = "https://news.example.org/world/rss.xml";

    [SkippableFact]
    public void Feed_NeverSaved_IsNull()
    {
        // Given an empty store
        var store = NewStore();

        // When a feed is looked up
        // Then there is none
        Assert.Null(store.Feed(FeedUrl));
    }

    [SkippableFact]
    public void SaveFeed_SavedTwice_KeepsTheLatestState()
    {
        // Given a feed saved after a first poll that failed
        var store = NewStore();
        var polled = new DateTimeOffset(2025, 3, 4, 10, 15, 30, 250, TimeSpan.Zero);
        store.SaveFeed(new FeedState(FeedUrl, null, null, polled, "timed out after 30 s"));

        // When it is saved again with validators and no error
        var second = new FeedState(FeedUrl, "\"v2\"", "Tue, 04 Mar 2025 10:00:00 GMT", polled.AddMinutes(5), null);
        store.SaveFeed(second);

        // Then the second state is read back whole, and only one feed is kept
        Assert.Equal(second, store.Feed(FeedUrl));
        Assert.Null(store.Feed("https://news.example.org/other.xml"));
    }

    [SkippableFact]
    public void Feeds_TwoSaved_ListedByUrlWithTheirState()
    {
        // Given two feeds saved, the second one failing
        var store = NewStore();
        var polled = new DateTimeOffset(2025, 3, 4, 10, 15, 30, 250, TimeSpan.Zero);
        var good = new FeedState(FeedUrl, "\"v1\"", null, polled, null);
        var bad = new FeedState("https://a.example.org/feed", null, null, polled, "status 500");
        store.SaveFeed(good);
        store.SaveFeed(bad);

        // When the feeds are listed
        var feeds = store.Feeds();

        // Then both come back whole, by URL
        Assert.Equal([bad, good], feeds);
    }

    [SkippableFact]
    public void SeenItems_StoredAndFailedItems_ReturnsOnlyTheStoredOnesOfThatFeed()
    {
        // Given a store with one article, an item stored as it, an item that failed, and the same key on another feed
        var store = NewStore();
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        store.MarkSeen(FeedUrl, "guid-1", id, null);
        store.MarkSeen(FeedUrl, "guid-2", null, "https://news.example.org/2: status 500");
        store.MarkSeen("https://other.example.org/feed", "guid-3", id, null);

        // When the feed's keys are looked up
        var seen = store.SeenItems(FeedUrl, ["guid-1", "guid-2", "guid-3", "guid-4"]);

        // Then only the stored item of that feed is seen: the failed one will be tried again
        Assert.Equal(["guid-1"], seen);
    }

    [SkippableFact]
    public void MarkSeen_FeedItemFailsAfterBeingStored_KeepsTheArticle()
    {
        // Given an item stored as an article
        var store = NewStore();
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        store.MarkSeen(FeedUrl, "guid-1", id, null);

        // When a later attempt at it is marked failed
        store.MarkSeen(FeedUrl, "guid-1", null, "timed out");

        // Then it is still seen
        Assert.Contains("guid-1", store.SeenItems(FeedUrl, ["guid-1"]));
    }

    [SkippableFact]
    public void MarkSeen_FeedItemStoredAfterFailing_IsSeen()
    {
        // Given an item that failed once
        var store = NewStore();
        store.MarkSeen(FeedUrl, "guid-1", null, "timed out");
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;

        // When a retry stores it
        store.MarkSeen(FeedUrl, "guid-1", id, null);

        // Then it is seen
        Assert.Equal(["guid-1"], store.SeenItems(FeedUrl, ["guid-1"]));
    }

    [SkippableFact]
    public void SeenItems_FeedWithMoreKeysThanOneStatementBinds_FindsThemAll()
    {
        // Given 1,200 stored items of one feed
        var store = NewStore();
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        var keys = Enumerable.Range(0, 1_200).Select(i => $"item-{i}").ToList();
        foreach (var key in keys)
        {
            store.MarkSeen(FeedUrl, key, id, null);
        }

        // When all of them and one more are looked up
        var seen = store.SeenItems(FeedUrl, [.. keys, "item-new"]);

        // Then every stored key is found and the new one is not
        Assert.Equal(1_200, seen.Count);
        Assert.DoesNotContain("item-new", seen);
    }

    [SkippableFact]
    public void MarkSeen_FeedItemWithNeitherOrBothOfArticleAndError_Throws()
    {
        // Given an empty store
        var store = NewStore();

        // When an item is marked with neither an article nor an error, or with both
        // Then it is refused
        Assert.Throws<ArgumentException>(() => store.MarkSeen(FeedUrl, "guid-1", null, null));
        Assert.Throws<ArgumentException>(() => store.MarkSeen(FeedUrl, "guid-1", 1, "error"));
    }
}
