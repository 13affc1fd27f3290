using Assay.Storage;
using Assay.Storage.Sqlite;

namespace Assay.Cli.Infrastructure;

/// <summary>Opens the store the CLI works on.</summary>
internal static class StoreFactory
{
    /// <summary>Opens (creating if needed) the SQLite store at <paramref name="dbPath"/> with migrations applied.</summary>
    public static IStore Open(string dbPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dbPath);
        return SqliteStore.Open(dbPath);
    }
}
