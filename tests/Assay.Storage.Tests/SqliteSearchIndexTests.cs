using Assay.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Assay.Storage.Tests;

/// <summary>The SQLite store's word indexes, kept in a file of their own beside the store and derived from it.</summary>
public sealed class SqliteSearchIndexTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Dispose_AfterSaving_LeavesTheIndexFileCoveringEveryArticleAndClaim()
    {
        // Given a file store that saved two articles
        var path = _scratch.File("store.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Save([ExtractionSamples.Rich(), ExtractionSamples.Simple("Second report", new DateOnly(2024, 10, 5))]);
        }

        // When the index file beside it is read on its own
        using var index = SqliteFiles.Open(SqliteSearchIndex.FileFor(path));

        // Then it records the last article and claim of the store, and the store file holds no index of its own
        using var store2 = SqliteFiles.Open(path);
        Assert.Equal(SqliteFiles.Scalar(store2, "SELECT max(id) FROM articles"), SqliteFiles.Scalar(index, "SELECT upto FROM indexed WHERE name = 'articles'"));
        Assert.Equal(SqliteFiles.Scalar(store2, "SELECT max(rowid) FROM claims"), SqliteFiles.Scalar(index, "SELECT upto FROM indexed WHERE name = 'claims'"));
        Assert.Equal(0L, SqliteFiles.Scalar(store2, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%fts%'"));
    }

    [Fact]
    public void Save_FileStore_IsIndexedInTheBackgroundWithoutASearch()
    {
        // Given a file store that has just saved an article, with no search, wait or close since
        var path = _scratch.File("follower.db");
        using var store = SqliteStore.Open(path);
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;

        // When the index file is watched from another connection for a while
        long indexed = 0;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (indexed != id && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(20);
            using var index = SqliteFiles.Open(SqliteSearchIndex.FileFor(path));
            indexed = SqliteFiles.Scalar(index, "SELECT upto FROM indexed WHERE name = 'articles'") is long upto ? upto : 0;
        }

        // Then the follower thread has indexed the article on its own
        Assert.Equal(id, indexed);
    }

    [Fact]
    public void Search_IndexFileDeleted_RebuildsItFromTheStore()
    {
        // Given a store whose index file was lost (a store copied alone, say)
        var path = _scratch.File("copied.db");
        long id;
        using (var store = SqliteStore.Open(path))
        {
            id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        }

        DeleteIndex(path);

        // When it is opened and searched, for an article's words and a claim's source
        using var reopened = SqliteStore.Open(path);
        var hits = reopened.Search("Kursk");
        var claims = reopened.Claims(new ClaimQuery { Text = "yonhap" });

        // Then both are found again
        Assert.Equal(id, Assert.Single(hits).ArticleId);
        Assert.NotEmpty(claims);
        Assert.True(File.Exists(SqliteSearchIndex.FileFor(path)));
    }

    [Fact]
    public void Open_IndexFileDamaged_StartsItAgainAndFindsTheArticles()
    {
        // Given a store whose index file was overwritten with something that is not a database
        var path = _scratch.File("damaged.db");
        long id;
        using (var store = SqliteStore.Open(path))
        {
            id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        }

        DeleteIndex(path);
        File.WriteAllBytes(SqliteSearchIndex.FileFor(path), [.. Enumerable.Repeat((byte)0x5A, 8192)]);

        // When the store is opened and searched
        using var reopened = SqliteStore.Open(path);
        var hits = reopened.Search("Kursk");

        // Then the index is rebuilt from the store and finds the article, which is untouched
        Assert.Equal(id, Assert.Single(hits).ArticleId);
        ExtractionAssert.Equal(ExtractionSamples.Rich(), reopened.LoadExtraction(id)!);
    }

    [Fact]
    public void Search_IndexBehindTheStore_IndexesTheRestOnceEach()
    {
        // Given a store whose index holds the first of two articles only, as after a crash between a save and its indexing
        var path = _scratch.File("behind.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Save([ExtractionSamples.Simple("Kursk report one", new DateOnly(2024, 10, 4))]);
        }

        using (var index = SqliteFiles.Open(SqliteSearchIndex.FileFor(path)))
        {
            Assert.Equal(1L, SqliteFiles.Scalar(index, "SELECT upto FROM indexed WHERE name = 'articles'"));
        }

        using (var store = SqliteStore.Open(path))
        {
            store.Save([ExtractionSamples.Simple("Kursk report two", new DateOnly(2024, 10, 5))]);
        }

        using (var index = SqliteFiles.Open(SqliteSearchIndex.FileFor(path)))
        {
            SqliteFiles.Scalar(index, "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')");
            SqliteFiles.Scalar(index, "INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'Kursk report one', 'Kursk report one.')");
            SqliteFiles.Scalar(index, "UPDATE indexed SET upto = 1 WHERE name = 'articles'");
        }

        // When it is searched for a word of both
        using var reopened = SqliteStore.Open(path);
        var hits = reopened.Search("Kursk");

        // Then each article is found once
        Assert.Equal([1L, 2L], hits.Select(h => h.ArticleId).Order());
    }

    [Fact]
    public void Search_RowsDeletedFromTheStoreByHand_RebuildsTheIndexWithoutThem()
    {
        // Given a store of two articles whose newest was deleted outside Assay after it was indexed
        var path = _scratch.File("shrunk.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Save([ExtractionSamples.Simple("Kursk report one", new DateOnly(2024, 10, 4)), ExtractionSamples.Simple("Kursk report two", new DateOnly(2024, 10, 5))]);
        }

        using (var connection = SqliteFiles.Open(path))
        {
            SqliteFiles.Scalar(connection, "PRAGMA foreign_keys = ON");
            SqliteFiles.Scalar(connection, "DELETE FROM articles WHERE id = 2");
        }

        // When an article is saved again (taking id 2 once more) and the store searched
        using var reopened = SqliteStore.Open(path);
        reopened.Save([ExtractionSamples.Simple("Donetsk report", new DateOnly(2024, 10, 6))]);
        var kursk = reopened.Search("Kursk");
        var donetsk = reopened.Search("Donetsk");

        // Then the index answers for the store as it is: the deleted article is not found and the new one is
        Assert.Equal(1L, Assert.Single(kursk).ArticleId);
        Assert.Equal(2L, Assert.Single(donetsk).ArticleId);
    }

    [Fact]
    public void CatchUp_TwoConnectionsAtOnce_IndexEachArticleOnce()
    {
        // Given a store of 300 articles whose index file was lost, and two connections on it
        var path = _scratch.File("race.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Save([.. Enumerable.Range(1, 300).Select(i => ExtractionSamples.Simple($"Kursk report {i}", new DateOnly(2024, 10, 4)))]);
        }

        DeleteIndex(path);
        using var first = IndexConnection(path);
        using var second = IndexConnection(path);

        // When both catch the index up at the same time
        Parallel.Invoke(() => SqliteSearchIndex.CatchUp(first), () => SqliteSearchIndex.CatchUp(second));

        // Then every article is in the index once
        Assert.True(SqliteSearchIndex.IsCurrent(first));
        Assert.Equal(300L, SqliteFiles.Scalar(first, "SELECT count(*) FROM search.articles_fts WHERE articles_fts MATCH 'kursk'"));
    }

    [Fact]
    public void Search_Snippet_MarksTheMatchInTheArticleText()
    {
        // Given a store holding the rich sample
        using var store = SqliteStore.OpenInMemory();
        store.Save([ExtractionSamples.Rich()]);

        // When it is searched for a word of the body
        var hit = Assert.Single(store.Search("Kursk"));

        // Then the snippet is cut from the text with the word marked
        Assert.Contains("[Kursk]", hit.Snippet, StringComparison.Ordinal);
    }

    private static void DeleteIndex(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(SqliteSearchIndex.FileFor(path) + suffix);
        }
    }

    private static SqliteConnection IndexConnection(string path)
    {
        var connection = SqliteFiles.Open(path);
        SqliteFiles.Scalar(connection, "PRAGMA busy_timeout = 5000");
        SqliteSearchIndex.Attach(connection, SqliteSearchIndex.FileFor(path));
        return connection;
    }
}
