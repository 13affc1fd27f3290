using Assay.Storage.Postgres;

namespace Assay.Storage.Tests;

/// <summary>What only a server store does: several writers on one database, and errors that name the server.</summary>
public sealed class PostgresStoreServerTests : IDisposable
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
