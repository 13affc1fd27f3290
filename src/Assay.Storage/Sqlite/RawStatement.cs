using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Assay.Storage.Sqlite;

/// <summary>One prepared statement bound by position and run straight through SQLite's C interface.</summary>
/// <remarks>The save path runs a few hundred inserts per article. Through <see cref="SqliteCommand"/> each run looks
/// every parameter up by name and re-binds all of them, which cost a third of the save; here a value is bound once,
/// to its index, and the statement is reset for the next row. Failures surface as <see cref="SqliteException"/>,
/// as they would from a command.</remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>Prepares <paramref name="sql"/> (one statement, parameters written ?1, ?2, …) on <paramref name="connection"/>.</summary>
    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds an integer to parameter <paramref name="index"/> (1-based).</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds an integer.</summary>
    public void Bind(int index, int value) => Check(raw.sqlite3_bind_int(_statement, index, value));

    /// <summary>Binds null.</summary>
    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Binds a real number.</summary>
    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Binds UTF-8 text.</summary>
    /// <remarks>SQLite takes a null pointer for null, and an empty span has none, so empty text is bound as a
    /// terminated empty string.</remarks>
    public void BindText(int index, ReadOnlySpan<byte> utf8) =>
        Check(utf8.IsEmpty ? raw.sqlite3_bind_text(_statement, index, string.Empty) : raw.sqlite3_bind_text(_statement, index, utf8));

    /// <summary>Binds text or null.</summary>
    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    /// <summary>Runs the statement to completion and resets it for the next row; returns the first column of the last
    /// row it produced (for RETURNING), or null.</summary>
    public long? Run()
    {
        long? first = null;
        try
        {
            while (true)
            {
                var rc = raw.sqlite3_step(_statement);
                if (rc == raw.SQLITE_ROW)
                {
                    first = raw.sqlite3_column_int64(_statement, 0);
                    continue;
                }

                if (rc != raw.SQLITE_DONE)
                {
                    Check(rc);
                }

                return first;
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
