using Assay.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Assay.Storage.Tests;

/// <summary>What only a file-backed SQLite store does: reopening, pragmas, refusing foreign files and newer schemas.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Open_ExistingFile_KeepsData()
    {
        // Given a store file holding an article
        var path = _scratch.File("kept.db");
        long id;
        using (var first = SqliteStore.Open(path))
        {
            id = first.Save([ExtractionSamples.Rich()])[0].ArticleId;
        }

        // When it is opened again
        using var second = SqliteStore.Open(path);

        // Then the article and its extraction are there, and saving it again adds nothing
        ExtractionAssert.Equal(ExtractionSamples.Rich(), second.LoadExtraction(id)!);
        Assert.False(second.Save([ExtractionSamples.Rich()])[0].Added);
        Assert.Equal(1, second.Stats().Articles);
    }

    [Fact]
    public void Open_TwoStoresOnOneFile_SeeEachOthersWrites()
    {
        // Given two stores open on the same file at once
        var path = _scratch.File("shared.db");
        using var writer = SqliteStore.Open(path);
        using var reader = SqliteStore.Open(path);

        // When one saves an article
        var id = writer.Save([ExtractionSamples.Rich()])[0].ArticleId;

        // Then the other reads it, and the schema was migrated once
        Assert.Equal(id, reader.FindArticle(ExtractionSamples.Rich().Article.ContentHash)?.Id);
        Assert.Equal(LatestVersion, reader.Stats().SchemaVersion);
    }

    [Fact]
    public void Open_ManyAtOnceOnANewFile_EachOpensAndTheSchemaIsBuiltOnce()
    {
        // Given a new store file, each round
        for (var round = 0; round < 5; round++)
        {
            var path = _scratch.File($"together-{round}.db");

            // When eight stores open it at the same moment, as an ingest and a server started together do
            var opened = Together.Run(8, () =>
            {
                using var store = SqliteStore.Open(path);
                return store.SchemaVersion;
            });

            // Then every one opens at the latest version, and each script was recorded once
            Assert.All(opened, version => Assert.Equal(LatestVersion, version));
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_version";
            Assert.Equal(Migrator.LoadScripts("sqlite").Count, Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Open_NewFile_MakesItWithLargerPages()
    {
        // Given a path where no store exists
        var path = _scratch.File("pages.db");

        // When a store is made there and an article saved
        using (var store = SqliteStore.Open(path))
        {
            store.Save([ExtractionSamples.Rich()]);
        }

        // Then the file's pages are 8 KB, not SQLite's default 4 KB
        Assert.Equal(8192, PageSize(path));
    }

    [Fact]
    public void Open_FileWithDefaultPages_KeepsThemAndWorks()
    {
        // Given a store made with SQLite's default 4 KB pages (as every store was before the page size was chosen)
        var path = _scratch.File("old-pages.db");
        using (var connection = SqliteFiles.Open(path))
        {
            SqliteFiles.Run(connection, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE made_before (x INTEGER);");
        }

        // When it is opened as a store, written to and read back
        long id;
        using (var store = SqliteStore.Open(path))
        {
            id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        }

        using var reopened = SqliteStore.Open(path);

        // Then it works as before, and its pages stay as they were
        ExtractionAssert.Equal(ExtractionSamples.Rich(), reopened.LoadExtraction(id)!);
        Assert.Equal(4096, PageSize(path));
    }

    [Fact]
    public void Save_EmptyAndNonAsciiText_IsStoredAsGivenNotAsNull()
    {
        // Given an article whose byline is empty text (not missing) and whose title is outside ASCII
        var path = _scratch.File("text.db");
        var sample = ExtractionSamples.Rich();
        var extraction = sample with { Article = sample.Article with { Byline = string.Empty } };

        // When it is saved (text is bound straight from the encoded rows)
        using (var store = SqliteStore.Open(path))
        {
            store.Save([extraction]);
        }

        // Then the empty byline is stored as empty text, and the title byte for byte
        using var connection = SqliteFiles.Open(path);
        Assert.Equal("0|", SqliteFiles.Scalar(connection, "SELECT (byline IS NULL) || '|' || byline FROM articles"));
        Assert.Equal(sample.Article.Title, SqliteFiles.Scalar(connection, "SELECT title FROM articles"));
    }

    [Fact]
    public void Open_MissingFolders_CreatesThem()
    {
        // Given a path under folders that do not exist
        var path = Path.Combine(_scratch.Path, "a", "b", "store.db");

        // When a store is opened there
        using (var store = SqliteStore.Open(path))
        {
            store.Save([ExtractionSamples.Rich()]);
        }

        // Then the file exists
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Open_NewFile_UsesWalAndLatestSchema()
    {
        // Given a new store file
        var path = _scratch.File("wal.db");
        int version;
        using (var store = SqliteStore.Open(path))
        {
            version = store.Stats().SchemaVersion;
        }

        // When it is inspected with a plain connection
        using var connection = SqliteFiles.Open(path);
        var mode = SqliteFiles.Scalar(connection, "PRAGMA journal_mode");
        var recorded = SqliteFiles.Scalar(connection, "SELECT COUNT(*) FROM schema_version");

        // Then it is in WAL mode and every script is recorded once
        Assert.Equal("wal", mode);
        Assert.Equal(LatestVersion, version);
        Assert.Equal((long)Migrator.LoadScripts("sqlite").Count, recorded);
    }

    [Fact]
    public void Open_TextFile_ThrowsStoreExceptionNamingThePath()
    {
        // Given a file that is not a database
        var path = _scratch.File("notes.db");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("These are plain notes, not a database.\n", 200)));

        // When it is opened as a store
        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        // Then the one-line message names the file and the reason
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(path, ex.Location);
    }

    [Fact]
    public void Open_NewerSchemaVersion_ThrowsStoreException()
    {
        // Given a store file marked with a schema version from the future
        var path = _scratch.File("future.db");
        SqliteStore.Open(path).Dispose();
        using (var connection = SqliteFiles.Open(path))
        {
            SqliteFiles.Scalar(connection, "INSERT INTO schema_version (version, name, applied_at) VALUES (99, '099_future.sql', '2030-01-01')");
        }

        // When it is opened
        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        // Then the message names the file and both versions
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StoreWithoutLanguageColumn_AddsItAndKeepsArticles()
    {
        // Given a store file as schema version 2 left it: an article saved, no language column
        var path = _scratch.File("v2.db");
        long id;
        using (var store = SqliteStore.Open(path))
        {
            id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;
        }

        using (var connection = SqliteFiles.Open(path))
        {
            SqliteFiles.Scalar(connection, "ALTER TABLE articles DROP COLUMN language");
            SqliteFiles.Scalar(connection, "DROP TABLE decisions");
            SqliteFiles.Scalar(connection, "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id')");
            SqliteFiles.Scalar(connection, "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')");
            SqliteFiles.Scalar(connection, "DROP TABLE views");
            SqliteFiles.Scalar(connection, "DROP TABLE api_tokens");
            SqliteFiles.Scalar(connection, "DROP TABLE users");
            SqliteFiles.Scalar(connection, "DROP TABLE feed_items");
            SqliteFiles.Scalar(connection, "DROP TABLE feeds");
            SqliteFiles.Scalar(connection, "DELETE FROM schema_version WHERE version >= 3");
        }

        // When it is opened by this build
        using var migrated = SqliteStore.Open(path);

        // Then it is at the latest version, the old article is intact with no language, and a new one keeps its language
        Assert.Equal(LatestVersion, migrated.Stats().SchemaVersion);
        Assert.Single(migrated.Search("Kursk"));
        var old = migrated.LoadExtraction(id)!;
        ExtractionAssert.Equal(ExtractionSamples.Rich() with { Article = ExtractionSamples.Rich().Article with { Language = null } }, old);
        var fresh = ExtractionSamples.Simple("Second report", new DateOnly(2024, 10, 5));
        var freshId = migrated.Save([fresh with { Article = fresh.Article with { Language = "uk" } }])[0].ArticleId;
        Assert.Equal("uk", migrated.LoadExtraction(freshId)!.Article.Language);
    }

    [Fact]
    public void OpenInMemory_Always_WorksAsAStore()
    {
        // Given an in-memory store
        using var store = SqliteStore.OpenInMemory();

        // When an article is saved and searched
        store.Save([ExtractionSamples.Rich()]);

        // Then it is found
        Assert.Single(store.Search("Kursk"));
    }

    [Fact]
    public void Save_LogPastItsLimit_StartsItAgainAndKeepsEveryArticle()
    {
        // Given a store whose write-ahead log is started again past 64 KB
        var path = _scratch.File("log.db");
        using var store = SqliteStore.Open(path);
        store.LogRestartBytes = 64 * 1024;

        // When forty batches of four articles are saved one after the other, the log measured after each save
        var largest = 0L;
        for (var b = 0; b < 40; b++)
        {
            store.Save([.. Enumerable.Range(0, 4).Select(i => ExtractionSamples.Simple($"Report {b}-{i} from Kursk", new DateOnly(2024, 10, 1)))]);
            largest = Math.Max(largest, new FileInfo(path + "-wal").Length);
        }

        // Then the log never stayed past its limit, though more than that was written through it, and every article
        // is stored once and found by search
        Assert.InRange(largest, 1, store.LogRestartBytes);
        Assert.True(new FileInfo(path).Length + largest > 2 * store.LogRestartBytes);
        Assert.Equal(160, store.Stats().Articles);
        Assert.Equal(160, store.Search("Kursk", limit: 500).Count);
    }

    [Fact]
    public void Migrator_SqliteScripts_AreNumberedInOrder()
    {
        // Given the embedded SQLite scripts
        var scripts = Migrator.LoadScripts("sqlite");

        // When their versions are listed
        var versions = scripts.Select(s => s.Version);

        // Then they run 1, 2, ... without a gap, with their file names, and match the PostgreSQL scripts' numbers
        Assert.Equal(Enumerable.Range(1, scripts.Count), versions);
        Assert.Equal(Migrator.LoadScripts("postgres").Select(s => s.Version), versions);
        Assert.Equal("001_initial.sql", scripts[0].Name);
        Assert.Contains("CREATE TABLE articles", scripts[0].Sql, StringComparison.Ordinal);
    }

    private static int LatestVersion => Migrator.LoadScripts("sqlite")[^1].Version;

    private static long PageSize(string path)
    {
        using var connection = SqliteFiles.Open(path);
        return (long)SqliteFiles.Scalar(connection, "PRAGMA page_size")!;
    }
}
