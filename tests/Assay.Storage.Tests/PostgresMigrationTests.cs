using System.Globalization;
using Assay.Storage.Postgres;
using Npgsql;

namespace Assay.Storage.Tests;

/// <summary>Upgrading a PostgreSQL database written before a schema script, with rows in it.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly List<string> _databases = [];

    public void Dispose()
    {
        foreach (var name in _databases)
        {
            PostgresTestServer.DropDatabase(name);
        }
    }

    [SkippableFact]
    public void Open_SchemaFourWithArticles_MovesHashesToTheGateAndKeepsIds()
    {
        // Given a database at schema version 4 holding two articles with ids 7 and 8
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        var first = ExtractionSamples.Simple("Older report one", null);
        var second = ExtractionSamples.Simple("Older report two", null);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var script in Migrator.LoadScripts("postgres").Where(s => s.Version <= 4))
            {
                Execute(connection, script.Sql);
                Execute(connection, $"INSERT INTO schema_version VALUES ({script.Version.ToString(CultureInfo.InvariantCulture)}, '{script.Name}', 'then')");
            }

            Execute(connection,
                $"""
                INSERT INTO articles (id, content_hash, text, kind, paragraphs, captions, word_count, ingested_at) VALUES
                (7, '{first.Article.ContentHash}', 'one', 'News', '[]', '[]', 1, 'then'),
                (8, '{second.Article.ContentHash}', 'two', 'News', '[]', '[]', 1, 'then')
                """);
        }

        // When a store opens it and saves one stored and one new article
        using var store = PostgresStore.Open(connectionString);
        var results = store.Save([second, ExtractionSamples.Simple("Newer report", null)]);

        // Then the schema is current, the old articles keep their ids through the gate, and the new one comes after them (a refused hash may use up an id)
        Assert.Equal(Migrator.LoadScripts("postgres")[^1].Version, store.SchemaVersion);
        Assert.True(store.Contains(first.Article.ContentHash));
        Assert.Equal(new SaveResult(8, Added: false), results[0]);
        Assert.True(results[1].Added);
        Assert.True(results[1].ArticleId > 8, $"new id {results[1].ArticleId} does not follow the stored ones");
        Assert.Equal(3, store.Stats().Articles);
    }

    [SkippableFact]
    public void Open_ManyAtOnceOnAnEmptyDatabase_EachOpensAndTheSchemaIsBuiltOnce()
    {
        // Given an empty database, each round
        for (var round = 0; round < 5; round++)
        {
            var (name, connectionString) = PostgresTestServer.CreateDatabase();
            _databases.Add(name);

            // When eight stores open it at the same moment, as several ingest processes started together do
            var opened = Together.Run(8, () =>
            {
                using var store = PostgresStore.Open(connectionString);
                return store.SchemaVersion;
            });

            // Then every one opens at the latest version, and each script was recorded once
            var latest = Migrator.LoadScripts("postgres")[^1].Version;
            Assert.All(opened, version => Assert.Equal(latest, version));
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT COUNT(*) FROM schema_version", connection);
            Assert.Equal(Migrator.LoadScripts("postgres").Count, Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
        }
    }

    [SkippableFact]
    public void Save_HashAlreadyInArticles_IsRefusedByTheGateNotTheArticlesTable()
    {
        // Given a current database with one stored article
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        using var store = PostgresStore.Open(connectionString);
        var article = ExtractionSamples.Simple("Gated report", null);
        store.Save([article]);

        // When the articles table's constraints are listed
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_constraint WHERE conrelid = 'articles'::regclass AND contype = 'u'", connection);
        var uniques = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);

        // Then articles holds no unique constraint (a cluster could not enforce one) and the gate still dedupes
        Assert.Equal(0, uniques);
        Assert.False(store.Save([article])[0].Added);
        Assert.Equal(1, store.Stats().Articles);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
