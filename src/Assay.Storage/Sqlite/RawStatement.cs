using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Assay.Storage.Sqlite;

/// <summary>One prepared statement bound by position and run straight through SQLite's C interface.</summary>
/// <remarks>The save path runs a few hundred inserts per article. Through <see cref="SqliteCommand"/> each run looks
/// every parameter up by name and re-binds all of them, which cost a third of the save; here a value is bound once,
/// to its index, and the statement is reset for the next row. Failures surface as <see cref="SqliteException"/>,
/// as they would from a command.</remarks>
internal sealed unsafe class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;

    /// <summary>Prepares <paramref name="sql"/> (one statement, parameters written ?1, ?2, …) on <paramref name="connection"/>.</summary>
    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));

        // The statement lives as long as this object, which disposes of it last: its pointer stays valid meanwhile.
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>Binds an integer to parameter <paramref name="index"/> (1-based).</summary>
    public void Bind(int index, long value) => Check(NativeSqlite.sqlite3_bind_int64(_handle, index, value));

    /// <summary>Binds an integer.</summary>
    public void Bind(int index, int value) => Check(NativeSqlite.sqlite3_bind_int64(_handle, index, value));

    /// <summary>Binds null.</summary>
    public void BindNull(int index) => Check(NativeSqlite.sqlite3_bind_null(_handle, index));

    /// <summary>Binds a real number.</summary>
    public void Bind(int index, double value) => Check(NativeSqlite.sqlite3_bind_double(_handle, index, value));

    /// <summary>Binds <paramref name="length"/> bytes of UTF-8 text at <paramref name="utf8"/> without copying them.</summary>
    /// <remarks>The bytes must stay pinned and unchanged until the statement has run, and <see cref="ClearBindings"/>
    /// must be called before they are released. <paramref name="utf8"/> must not be null even for empty text (SQLite
    /// takes a null pointer for SQL NULL): a pointer into the buffer the text would be in does.</remarks>
    public void BindPinnedText(int index, byte* utf8, int length) =>
        Check(NativeSqlite.sqlite3_bind_text(_handle, index, utf8, length, NativeSqlite.Static));

    /// <summary>Binds text or null (SQLite keeps its own copy).</summary>
    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    /// <summary>Sets every parameter back to null, so that no binding points into memory about to be released.</summary>
    public void ClearBindings() => Check(NativeSqlite.sqlite3_clear_bindings(_handle));

    /// <summary>Runs the statement to completion and resets it for the next row; returns the first column of the last
    /// row it produced (for RETURNING), or null.</summary>
    public long? Run()
    {
        long? first = null;
        try
        {
            while (true)
            {
                var rc = NativeSqlite.sqlite3_step(_handle);
                if (rc == raw.SQLITE_ROW)
                {
                    first = NativeSqlite.sqlite3_column_int64(_handle, 0);
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
            // Reset repeats the step's error, if any, which was raised above already.
            _ = NativeSqlite.sqlite3_reset(_handle);
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
