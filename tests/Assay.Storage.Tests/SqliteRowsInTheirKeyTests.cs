using Assay.Storage.Sqlite;

namespace Assay.Storage.Tests;

/// <summary>Schema 11 on SQLite: sentences, mentions, quantities and times move into tables without a rowid, keeping
/// every row, the actor index and the cascade from their article.</summary>
public sealed class SqliteRowsInTheirKeyTests : IDisposable
{
    private static readonly string[] Moved = ["sentences", "mentions", "quantities", "times"];

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Open_StoreAtVersion10_MovesTheRowsAndKeepsEveryOne()
    {
        // Given a store at schema version 10 holding an article with rows in each of the four tables
        var path = _scratch.File("v10.db");
        using (var connection = SqliteFiles.Open(path))
        {
            SqliteFiles.Run(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var script in Migrator.LoadScripts("sqlite").Where(s => s.Version <= 10))
            {
                SqliteFiles.Run(connection, script.Sql);
                SqliteFiles.Run(connection, $"INSERT INTO schema_version VALUES ({script.Version}, '{script.Name}', '2026-11-01')");
            }

            SqliteFiles.Run(
                connection,
                """
                INSERT INTO articles (id, content_hash, kind, text, paragraphs, captions, word_count, ingested_at)
                VALUES (7, 'h7', 'News', 'Officials said 1,500 troops arrived on Tuesday.', '[[0,48]]', '[]', 8, '2026-11-01');
                INSERT INTO sentences VALUES (7, 0, 0, 48), (7, 1, 48, 48);
                INSERT INTO mentions VALUES (7, 0, 0, 9, 'Officials', 'officials', 'Officials', 'Group', NULL, 'lexicon');
                INSERT INTO quantities VALUES (7, 0, 15, 28, '1,500 troops', 1500, 1500, 'Exact', 'troops', NULL, 'number', 21, 27);
                INSERT INTO times VALUES (7, 0, 40, 47, 'Tuesday', '2026-10-27', 'Day', 'Past', 'weekday');
                """);
        }

        var before = Moved.ToDictionary(table => table, table => Rows(path, table));
        Assert.All(before.Values, rows => Assert.NotEmpty(rows));

        // When it is opened as a store
        using (var store = SqliteStore.Open(path))
        {
            Assert.Equal(Migrator.LoadScripts("sqlite")[^1].Version, store.SchemaVersion);
        }

        // Then each table has no rowid and holds the same rows, claims keep theirs, and the actor index is back
        foreach (var table in Moved)
        {
            Assert.Equal(1L, WithoutRowid(path, table));
            Assert.Equal(before[table], Rows(path, table));
        }

        Assert.Equal(0L, WithoutRowid(path, "claims"));
        using (var connection = SqliteFiles.Open(path))
        {
            Assert.Equal(1L, SqliteFiles.Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'ix_mentions_actor' AND tbl_name = 'mentions'"));

            // And deleting the article still deletes its rows
            SqliteFiles.Run(connection, "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = 7");
        }

        Assert.All(Moved, table => Assert.Empty(Rows(path, table)));
    }

    [Fact]
    public void Save_NewStore_KeepsTheRowsOfTheMovedTablesInKeyOrder()
    {
        // Given a new store
        var path = _scratch.File("new.db");
        using var store = SqliteStore.Open(path);

        // When an article is saved and read back
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;

        // Then its extraction is whole, and the four tables have no rowid
        ExtractionAssert.Equal(ExtractionSamples.Rich(), store.LoadExtraction(id)!);
        Assert.All(Moved, table => Assert.Equal(1L, WithoutRowid(path, table)));
    }

    private static long WithoutRowid(string path, string table)
    {
        using var connection = SqliteFiles.Open(path);
        return (long)SqliteFiles.Scalar(connection, $"SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = '{table}'")!;
    }

    private static List<string> Rows(string path, string table)
    {
        using var connection = SqliteFiles.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY article_id, ordinal";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
