using System.Runtime.InteropServices;

namespace Assay.Storage.Sqlite;

/// <summary>The SQLite calls the save path makes for every value and row, made straight to the library that
/// SQLitePCLRaw loads (e_sqlite3) on a statement's raw pointer.</summary>
/// <remarks>A save binds about two thousand values an article. Through SQLitePCLRaw each call takes and releases the
/// statement's safe handle, and text is handed over as "transient", so SQLite allocates a copy of every string. Here
/// the statement's pointer is taken once, and text is bound in place from the pinned buffer of encoded rows
/// (<see cref="Static"/>): SQLite reads it during the step and keeps no copy. Errors are still described through
/// SQLitePCLRaw (<see cref="RawStatement"/>).</remarks>
internal static unsafe partial class NativeSqlite
{
    /// <summary>SQLITE_STATIC: the text stays where it is, unchanged, until the statement is run, reset or rebound.</summary>
    public const nint Static = 0;

    private const string Library = "e_sqlite3";

    [LibraryImport(Library)]
    internal static partial int sqlite3_bind_int64(nint statement, int index, long value);

    [LibraryImport(Library)]
    internal static partial int sqlite3_bind_double(nint statement, int index, double value);

    [LibraryImport(Library)]
    internal static partial int sqlite3_bind_null(nint statement, int index);

    [LibraryImport(Library)]
    internal static partial int sqlite3_bind_text(nint statement, int index, byte* text, int length, nint destructor);

    [LibraryImport(Library)]
    internal static partial int sqlite3_clear_bindings(nint statement);

    [LibraryImport(Library)]
    internal static partial int sqlite3_step(nint statement);

    [LibraryImport(Library)]
    internal static partial int sqlite3_reset(nint statement);

    [LibraryImport(Library)]
    internal static partial long sqlite3_column_int64(nint statement, int column);
}
