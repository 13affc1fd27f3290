using Npgsql;

namespace Assay.Storage.Tests;

/// <summary>The PostgreSQL server the tests may use, named by ASSAY_TEST_POSTGRES (an Npgsql connection string to a
/// maintenance database); each test gets a database of its own, created here and dropped after it.</summary>
internal static class PostgresTestServer
{
    /// <summary>The environment variable naming the server.</summary>
    public const string Variable = "ASSAY_TEST_POSTGRES";

    /// <summary>The maintenance connection string, or null when none is configured.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the running test when no server is configured, except under CI, where a missing server
    /// fails it: CI must test the server store, never silently leave it out.</summary>
    public static string RequireServer()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        const string Reason = $"{Variable} is not set: no PostgreSQL server to test against (scripts/test starts one)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Reason + "; under CI the PostgreSQL tests must run.");
        }

        Skip.If(true, Reason);
        return string.Empty;
    }

    /// <summary>Creates an empty database and returns its name and a connection string to it.</summary>
    public static (string Name, string ConnectionString) CreateDatabase()
    {
        var maintenance = RequireServer();
        var name = $"assay_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(maintenance))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(maintenance) { Database = name };
        return (name, builder.ConnectionString);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever is still connected to it.</summary>
    public static void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
