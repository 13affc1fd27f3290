using Assay.Storage.Postgres;

namespace Assay.Storage.Tests;

/// <summary>The store contract on a fresh PostgreSQL database per store, on the server named by ASSAY_TEST_POSTGRES;
/// skipped with the reason when there is none, failed under CI.</summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly List<string> _databases = [];

    protected override IStore CreateStore()
    {
        var (name, connectionString) = PostgresTestServer.CreateDatabase();
        _databases.Add(name);
        return PostgresStore.Open(connectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            foreach (var name in _databases)
            {
                PostgresTestServer.DropDatabase(name);
            }
        }
    }
}
