using System.Diagnostics;
using System.Globalization;
using Assay.Storage.Postgres;
using Npgsql;

namespace Assay.Storage.Tests;

/// <summary>What only a server store does: several writers on one database, and errors that name the server.</summary>
public sealed class PostgresStoreServerTests : IDisposable
{
    private readonly List<string> _databases = [];

    private static void Execute(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var name in _databases)
        {
            PostgresTestServer.DropDatabase(name);
        }
    }

    [SkippableFact]
    public void Save_SameArticlesFromTwoWritersAtOnce_StoresEachOnce()
    {
        // Given two stores on one database
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        using var first = PostgresStore.Open(connectionString);
        using var second = PostgresStore.Open(connectionString);
        var batch = Enumerable.Range(0, 200)
            .Select(i => ExtractionSamples.Simple($"Shared report {i}", null, claims: new SampleClaim("officials")))
            .ToList();

        // When both save the same batch at the same time
        var results = new IReadOnlyList<SaveResult>[2];
        Parallel.Invoke(() => results[0] = first.Save(batch), () => results[1] = second.Save(batch));

        // Then every article is stored once, added by exactly one writer, and both report the same ids
        Assert.Equal(200, first.Stats().Articles);
        Assert.Equal(200, first.Stats().Claims);
        Assert.Equal(results[0].Select(r => r.ArticleId), results[1].Select(r => r.ArticleId));
        Assert.All(Enumerable.Range(0, 200), i => Assert.True(results[0][i].Added ^ results[1][i].Added));
    }

    [SkippableFact]
    public void Save_OverlappingBatchesInOppositeOrders_StoresEachOnceEveryRound()
    {
        // Given two stores on one database
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        using var first = PostgresStore.Open(connectionString);
        using var second = PostgresStore.Open(connectionString);

        for (var round = 0; round < 15; round++)
        {
            // When, each round, both save 60 articles at once, sharing 40 of them in opposite orders
            var shared = Enumerable.Range(0, 40).Select(i => ExtractionSamples.Simple($"Round {round} shared {i}", null)).ToList();
            var forward = shared.Concat(Enumerable.Range(0, 20).Select(i => ExtractionSamples.Simple($"Round {round} first {i}", null))).ToList();
            var backward = Enumerable.Reverse(shared).Concat(Enumerable.Range(0, 20).Select(i => ExtractionSamples.Simple($"Round {round} second {i}", null))).ToList();
            var results = new IReadOnlyList<SaveResult>[2];
            Parallel.Invoke(() => results[0] = first.Save(forward), () => results[1] = second.Save(backward));

            // Then neither fails, each shared article is added by exactly one of them under one id
            for (var i = 0; i < 40; i++)
            {
                Assert.Equal(results[0][i].ArticleId, results[1][39 - i].ArticleId);
                Assert.True(results[0][i].Added ^ results[1][39 - i].Added);
            }
        }

        // And every article is stored once
        Assert.Equal(15 * 80, first.Stats().Articles);
    }

    [SkippableFact]
    public void Save_DeadlockedByAnotherWriter_RetriesAndStoresTheBatch()
    {
        // Given a store, and another session that holds the gate row of one of the batch's hashes
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        using var store = PostgresStore.Open(connectionString);
        var batch = new[] { ExtractionSamples.Simple("Deadlock report A", null), ExtractionSamples.Simple("Deadlock report B", null) }
            .OrderBy(e => e.Article.ContentHash, StringComparer.Ordinal)
            .ToList();
        var (low, high) = (batch[0].Article.ContentHash, batch[1].Article.ContentHash);
        using var other = new NpgsqlConnection(connectionString);
        other.Open();
        // The store's session must be the one that detects the deadlock, and so the one aborted.
        Execute(other, "SET deadlock_timeout = '30s'");
        using var transaction = other.BeginTransaction();
        Execute(other, $"INSERT INTO article_hashes VALUES ('{high}', -1)", transaction);

        // When the store saves the batch (it claims the low hash, then waits for the high one) and the other session
        // then asks for the low hash, closing a deadlock, and rolls back once it gets it
        var saving = Task.Run(() => store.Save(batch));
        using (var watcher = new NpgsqlConnection(connectionString))
        {
            watcher.Open();
            var waited = Stopwatch.StartNew();
            while (Scalar(watcher, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the save never waited for the other session");
                Thread.Sleep(20);
            }
        }

        Execute(other, $"INSERT INTO article_hashes VALUES ('{low}', -2)", transaction);
        transaction.Rollback();
        var results = saving.GetAwaiter().GetResult();

        // Then the save was retried and stored both articles
        Assert.All(results, r => Assert.True(r.Added));
        Assert.Equal(2, store.Stats().Articles);
        Assert.True(store.Contains(low) && store.Contains(high));
    }

    [Fact]
    public void IsTransient_DeadlockOrSerializationFailure_IsTrueOtherwiseFalse()
    {
        // Given server errors with three SQLSTATEs
        static PostgresException Error(string state) => new("message", "ERROR", "ERROR", state);

        // When each is classified, then only deadlock and serialization failure are retried
        Assert.True(PostgresStore.IsTransient(Error("40P01")));
        Assert.True(PostgresStore.IsTransient(Error("40001")));
        Assert.False(PostgresStore.IsTransient(Error("23505")));
    }

    [SkippableFact]
    public void Open_UnreachableServer_ThrowsNamingServerNotPassword()
    {
        // Given the test server and a closed port on it, with a password in the URL
        PostgresTestServer.RequireServer();
        const string Url = "postgres://nobody:s3cret-value@127.0.0.1:1/missing";

        // When a store is opened there
        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(Url));

        // Then the error names the server and database but never the password
        Assert.Equal("postgresql://nobody@127.0.0.1:1/missing", error.Location);
        Assert.Contains("postgresql://nobody@127.0.0.1:1/missing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
    }
}
