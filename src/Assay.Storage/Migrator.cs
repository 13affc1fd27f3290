using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Assay.Storage;

/// <summary>Brings a database to the latest schema by running the embedded scripts of one provider
/// (<c>Schema/&lt;provider&gt;/NNN_name.sql</c>) that it has not run yet, each in its own transaction, and
/// records each in <c>schema_version</c>.</summary>
/// <remarks>Written against ADO.NET base types so every provider's store shares it.</remarks>
internal sealed class Migrator
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private readonly DbConnection _connection;
    private readonly string _location;
    private readonly string? _lockStatement;

    /// <summary>Creates a migrator for an open connection; <paramref name="lockStatement"/>, when given, runs first
    /// in each script's transaction to keep other processes from migrating at the same time.</summary>
    public Migrator(DbConnection connection, string provider, string location, string? lockStatement = null)
    {
        _connection = connection;
        _location = location;
        _lockStatement = lockStatement;
        Scripts = LoadScripts(provider);
    }

    /// <summary>The provider's scripts in version order.</summary>
    public IReadOnlyList<MigrationScript> Scripts { get; }

    /// <summary>The version the scripts lead to.</summary>
    public int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    /// <summary>The highest version recorded in the database, or 0 for an empty one.</summary>
    public int CurrentVersion()
    {
        if (_lockStatement is null)
        {
            Execute(CreateVersionTable, null);
            return ReadVersion(null);
        }

        // Under the lock too: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent one (both see
        // no table, and the second fails on the catalogue's unique index), as when several ingest processes open a
        // new database at once.
        using var transaction = _connection.BeginTransaction();
        Execute(_lockStatement, transaction);
        Execute(CreateVersionTable, transaction);
        var version = ReadVersion(transaction);
        transaction.Commit();
        return version;
    }

    /// <summary>Runs every script newer than the current version; returns how many ran.</summary>
    /// <exception cref="StoreException">The database was written by a newer build.</exception>
    public int Migrate()
    {
        var current = CurrentVersion();
        if (current > LatestVersion)
        {
            throw new StoreException(
                _location,
                $"The store '{_location}' has schema version {current}, newer than the {LatestVersion} this build knows; use a newer Assay.");
        }

        var applied = 0;
        foreach (var script in Scripts)
        {
            if (script.Version <= current)
            {
                continue;
            }

            using var transaction = _connection.BeginTransaction();
            if (_lockStatement is not null)
            {
                Execute(_lockStatement, transaction);
            }

            // Another process may have migrated while this one waited for the write lock.
            if (ReadVersion(transaction) >= script.Version)
            {
                continue;
            }

            Execute(script.Sql, transaction);
            using (var record = _connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";
                AddParameter(record, "@version", script.Version);
                AddParameter(record, "@name", script.Name);
                AddParameter(record, "@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            applied++;
        }

        return applied;
    }

    /// <summary>Reads the embedded scripts of a provider, ordered by version.</summary>
    public static IReadOnlyList<MigrationScript> LoadScripts(string provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Assay.Storage.Schema.{provider}.";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // The logical name keeps the folder separator of the build machine; normalise it.
            var normalised = resource.Replace('/', '.').Replace('\\', '.');
            if (!normalised.StartsWith(prefix, StringComparison.Ordinal) || !normalised.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = normalised[prefix.Length..];
            var digits = name.IndexOf('_', StringComparison.Ordinal);
            if (digits <= 0 || !int.TryParse(name.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Schema script '{resource}' does not start with a version number.");
            }

            scripts.Add(new MigrationScript(version, name, Read(assembly, resource)));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Schema scripts '{scripts[i - 1].Name}' and '{scripts[i].Name}' share a version.");
            }
        }

        return scripts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private int ReadVersion(DbTransaction? transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, DbTransaction? transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
