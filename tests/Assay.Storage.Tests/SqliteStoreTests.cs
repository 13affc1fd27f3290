using Assay.Storage.Sqlite;

namespace Assay.Storage.Tests;

/// <summary>The store contract on a SQLite file per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    protected override IStore CreateStore() => SqliteStore.Open(Scratch.File($"store-{Guid.NewGuid():N}.db"));
}
