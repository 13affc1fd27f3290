using Assay.Storage;
using Assay.Workspace;

namespace Assay.Cli.Infrastructure;

/// <summary>Opens the store for a command, turning a failure into one clear error line.</summary>
internal static class StoreAccess
{
    /// <summary>Opens the store at <paramref name="dbPath"/>, or reports why it cannot and returns null.</summary>
    public static IStore? TryOpen(StoreOpener open, string dbPath, ErrorConsole errors)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            return open(dbPath);
        }
#pragma warning disable CA1031 // Any failure to open is reported the same way: one line and exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // A store error already names its location; anything else gets it added, never a server's password.
            errors.Error(ex, ex is StoreException ? null : $"cannot open store {StoreFactory.Describe(dbPath)}");
            return null;
        }
    }

    /// <summary>Opens the store only if the file exists, so read-only commands do not create empty databases; a
    /// server store has no file to check and is opened (and migrated) as it is.</summary>
    public static IStore? TryOpenExisting(StoreOpener open, string dbPath, ErrorConsole errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!StoreFactory.IsServer(dbPath) && !File.Exists(dbPath) && dbPath != ":memory:")
        {
            errors.Error($"no store at {dbPath}: run 'assay ingest PATH' first, or pass --db");
            return null;
        }

        return TryOpen(open, dbPath, errors);
    }

    /// <summary>A second handle on the store at <paramref name="dbPath"/>, for lookups made while <paramref name="store"/>
    /// is busy writing; null when the store has no second handle (in memory) or it cannot be opened, and the work
    /// then shares <paramref name="store"/>.</summary>
    public static IStore? OpenSecond(StoreOpener open, string dbPath, IStore store)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (dbPath == ":memory:")
        {
            return null;
        }

        try
        {
            var second = open(dbPath);
            if (ReferenceEquals(second, store))
            {
                return null;
            }

            return second;
        }
#pragma warning disable CA1031 // Only an optimisation: without a second handle the work shares the first.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
