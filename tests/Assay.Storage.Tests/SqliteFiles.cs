using Microsoft.Data.Sqlite;

namespace Assay.Storage.Tests;

/// <summary>Plain SQLite connections on a store's files, for tests that look at or tamper with what a store wrote.</summary>
internal static class SqliteFiles
{
    /// <summary>An open connection on <paramref name="path"/>, without the store's pragmas or attached index.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the first column of its first row, if any.</summary>
    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Runs <paramref name="sql"/>, one statement or several.</summary>
    public static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
