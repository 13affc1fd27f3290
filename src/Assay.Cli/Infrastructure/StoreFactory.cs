using Assay.Storage;

namespace Assay.Cli.Infrastructure;

/// <summary>Opens the store the CLI works on.</summary>
internal static class StoreFactory
{
    /// <summary>Opens (creating if needed) the SQLite store at <paramref name="dbPath"/> with migrations applied.</summary>
    public static IStore Open(string dbPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dbPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(dbPath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // TODO(integration): replace the throw with the SQLite store once it is merged:
        //   var store = Assay.Storage.Sqlite.SqliteStore.Open(dbPath);
        //   store.Migrate();
        //   return store;
        throw new NotImplementedException($"the SQLite store is not available in this build (wanted {dbPath})");
    }
}
