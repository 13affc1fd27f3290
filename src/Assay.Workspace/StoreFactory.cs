using Assay.Storage;
using Assay.Storage.Postgres;
using Assay.Storage.Sqlite;

namespace Assay.Workspace;

/// <summary>Opens the store a front end works on: a PostgreSQL server when the location is a <c>postgres://</c> or
/// <c>postgresql://</c> URL or a keyword connection string (<c>Host=…</c>), otherwise a SQLite file.</summary>
public static class StoreFactory
{
    /// <summary>Opens (creating if needed) the store at <paramref name="dbPath"/> with migrations applied.</summary>
    public static IStore Open(string dbPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dbPath);
        return IsServer(dbPath) ? PostgresStore.Open(dbPath) : SqliteStore.Open(dbPath);
    }

    /// <summary>True when <paramref name="dbPath"/> names a database server rather than a file.</summary>
    public static bool IsServer(string dbPath) => PostgresConnectionString.IsPostgres(dbPath);

    /// <summary>The location as it may be shown: a server's URL without its password, or the file path as given.</summary>
    public static string Describe(string dbPath)
    {
        if (!IsServer(dbPath))
        {
            return dbPath;
        }

        try
        {
            return PostgresConnectionString.Describe(PostgresConnectionString.From(dbPath));
        }
        catch (ArgumentException)
        {
            // An unreadable connection string may still hold a password: name the kind of store only.
            return "(PostgreSQL server)";
        }
    }
}
