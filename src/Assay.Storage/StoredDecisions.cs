using System.Data.Common;

namespace Assay.Storage;

/// <summary>The analyst's decisions, recorded, listed and undone with the same SQL on both stores.</summary>
/// <remarks>Parameters that may be null are cast to TEXT so PostgreSQL knows their type; SQLite reads the cast as a
/// no-op.</remarks>
internal static class StoredDecisions
{
    private const string Columns =
        "SELECT id, kind, subject, other, value, note, made_at, undone_at, undo_note FROM decisions";

    /// <summary>Records <paramref name="draft"/> and returns it with its id and time.</summary>
    public static StoredDecision Record(DbConnection connection, DecisionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Subject);
        using var command = StoredQueries.Command(
            connection,
            """
            INSERT INTO decisions (kind, subject, other, value, note, made_at)
            VALUES (@kind, @subject, CAST(@other AS TEXT), CAST(@value AS TEXT), CAST(@note AS TEXT), @at)
            RETURNING id
            """,
            ("@kind", draft.Kind),
            ("@subject", draft.Subject),
            ("@other", (object?)draft.Other ?? DBNull.Value),
            ("@value", (object?)draft.Value ?? DBNull.Value),
            ("@note", (object?)draft.Note ?? DBNull.Value),
            ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)));
        var id = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return Find(connection, id)!;
    }

    /// <summary>Decisions in the order they were made, of one kind (all when null); undone ones only when asked.</summary>
    public static IReadOnlyList<StoredDecision> List(DbConnection connection, string? kind, bool includeUndone)
    {
        using var command = StoredQueries.Command(
            connection,
            $"{Columns} WHERE (CAST(@kind AS TEXT) IS NULL OR kind = CAST(@kind AS TEXT)) AND (@all = 1 OR undone_at IS NULL) ORDER BY id",
            ("@kind", (object?)kind ?? DBNull.Value),
            ("@all", includeUndone ? 1 : 0));
        return Read(command);
    }

    /// <summary>Undoes a decision in force; returns it as undone, or null when none with that id is in force.</summary>
    public static StoredDecision? Undo(DbConnection connection, long id, string? note)
    {
        using var command = StoredQueries.Command(
            connection,
            "UPDATE decisions SET undone_at = @at, undo_note = CAST(@note AS TEXT) WHERE id = @id AND undone_at IS NULL",
            ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)),
            ("@note", (object?)note ?? DBNull.Value),
            ("@id", id));
        return command.ExecuteNonQuery() == 1 ? Find(connection, id) : null;
    }

    private static StoredDecision? Find(DbConnection connection, long id)
    {
        using var command = StoredQueries.Command(connection, Columns + " WHERE id = @id", ("@id", id));
        return Read(command) is [var decision] ? decision : null;
    }

    private static List<StoredDecision> Read(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var decisions = new List<StoredDecision>();
        while (reader.Read())
        {
            decisions.Add(new StoredDecision(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                StoredRows.NullableString(reader, 3),
                StoredRows.NullableString(reader, 4),
                StoredRows.NullableString(reader, 5),
                StoredValues.TimestampFromDb(reader.GetString(6)),
                reader.IsDBNull(7) ? null : StoredValues.TimestampFromDb(reader.GetString(7)),
                StoredRows.NullableString(reader, 8)));
        }

        return decisions;
    }
}
