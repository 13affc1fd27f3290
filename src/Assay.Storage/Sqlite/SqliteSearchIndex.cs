using Microsoft.Data.Sqlite;

namespace Assay.Storage.Sqlite;

/// <summary>The word indexes of a SQLite store, kept in a file of their own beside it and attached to every store
/// connection as the schema <c>search</c>: articles by title and text, claims by subject, source and place.</summary>
/// <remarks>
/// <para>SQLite lets one connection at a time write a database file, so indexes kept in the store were written by the
/// thread saving the articles, inside its transaction: on a store of 250,000 articles, 0.42 of the 1.10 ms an article's
/// save took on that thread. In a file of their own they are written by another connection, concurrently with the next
/// save, from the rows the saves committed (see <see cref="SqliteFollower"/>).</para>
/// <para>The index is derived data. It records the last article id and claim rowid it holds; <see cref="CatchUp"/>
/// indexes whatever the store has beyond them (a new store, a store copied without its index file, an index behind
/// after a crash), and rebuilds it when the store holds less than it does (rows deleted by hand). Catching up takes
/// the index file's write lock before reading the store, so two connections catching up at once never index a row
/// twice, and the store's own writer is never blocked.</para>
/// <para>Both indexes are contentless: the words are in the store already. Search snippets are cut from the page's
/// own articles through a temporary index (see <see cref="Snippets"/>).</para>
/// </remarks>
internal static class SqliteSearchIndex
{
    /// <summary>Articles (or claims, times 40) indexed per transaction when catching up: bounds the index file's log
    /// when a whole store is indexed at once.</summary>
    private const int Chunk = 2_000;

    private const string Tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>The index file of the store at <paramref name="storePath"/>.</summary>
    public static string FileFor(string storePath) => storePath + "-search";

    /// <summary>Attaches the index file (":memory:" for an in-memory store) to <paramref name="connection"/> as
    /// <c>search</c>, creating its tables when missing.</summary>
    public static void Attach(SqliteConnection connection, string file)
    {
        Run(connection, "ATTACH DATABASE @file AS search", ("@file", file));
        Run(
            connection,
            $"""
            PRAGMA search.journal_mode = WAL;
            PRAGMA search.synchronous = NORMAL;
            CREATE VIRTUAL TABLE IF NOT EXISTS search.articles_fts USING fts5 (title, text, content = '', {Tokenizer});
            CREATE VIRTUAL TABLE IF NOT EXISTS search.claims_fts USING fts5 (subject, source, place, content = '', {Tokenizer});
            CREATE TABLE IF NOT EXISTS search.indexed (name TEXT PRIMARY KEY, upto INTEGER NOT NULL, mark TEXT);
            INSERT OR IGNORE INTO search.indexed (name, upto) VALUES ('articles', 0), ('claims', 0);
            """);
    }

    // What identifies the row at an id, so that an id taken again after rows were deleted by hand is not taken for
    // the row that was indexed under it: an article's content hash, a claim's article and ordinal.
    private const string ArticleMark = "(SELECT content_hash FROM main.articles WHERE id = @at)";
    private const string ClaimMark = "(SELECT article_id || ':' || ordinal FROM main.claims WHERE rowid = @at)";

    /// <summary>Attaches the index file as <see cref="Attach"/> does; when the file is not a usable database (damaged,
    /// or something else written under its name) it is deleted and started again empty, to be rebuilt from the store
    /// by the next search: it holds nothing the store does not.</summary>
    public static void AttachOrRebuild(SqliteConnection connection, string file)
    {
        try
        {
            Attach(connection, file);
        }
        catch (SqliteException ex) when (file != ":memory:" && ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            if (Scalar(connection, "SELECT count(*) FROM pragma_database_list WHERE name = 'search'") > 0)
            {
                Run(connection, "DETACH DATABASE search");
            }

            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }

            Attach(connection, file);
        }
    }

    /// <summary>Whether the index holds exactly what the store does.</summary>
    public static bool IsCurrent(SqliteConnection connection) =>
        Scalar(
            connection,
            $"""
            SELECT EXISTS (SELECT 1 FROM search.indexed i WHERE i.name = 'articles'
                           AND i.upto = (SELECT coalesce(max(id), 0) FROM main.articles) AND i.mark IS {ArticleMark.Replace("@at", "i.upto", StringComparison.Ordinal)})
               AND EXISTS (SELECT 1 FROM search.indexed i WHERE i.name = 'claims'
                           AND i.upto = (SELECT coalesce(max(rowid), 0) FROM main.claims) AND i.mark IS {ClaimMark.Replace("@at", "i.upto", StringComparison.Ordinal)})
            """) == 1;

    /// <summary>Indexes what the store holds beyond the index, a chunk per transaction, until none is left or
    /// <paramref name="stop"/> is set.</summary>
    public static void CatchUp(SqliteConnection connection, Func<bool>? stop = null)
    {
        while (stop?.Invoke() != true)
        {
            using var transaction = connection.BeginTransaction(deferred: true);

            // The index file's write lock first: another connection catching up finishes its chunk before this one
            // reads where the index stands, and the store is read in a snapshot taken after that.
            Run(connection, "UPDATE search.indexed SET upto = upto");
            var articlesFrom = Scalar(connection, "SELECT upto FROM search.indexed WHERE name = 'articles'");
            var claimsFrom = Scalar(connection, "SELECT upto FROM search.indexed WHERE name = 'claims'");
            var articlesTo = Scalar(connection, "SELECT coalesce(max(id), 0) FROM main.articles");
            var claimsTo = Scalar(connection, "SELECT coalesce(max(rowid), 0) FROM main.claims");
            if (articlesTo < articlesFrom || claimsTo < claimsFrom
                || !Marked(connection, "articles", ArticleMark, articlesFrom) || !Marked(connection, "claims", ClaimMark, claimsFrom))
            {
                // The store no longer holds what the index does: rows were deleted outside Assay. Start from nothing.
                Run(connection, "INSERT INTO search.articles_fts (articles_fts) VALUES ('delete-all')");
                Run(connection, "INSERT INTO search.claims_fts (claims_fts) VALUES ('delete-all')");
                (articlesFrom, claimsFrom) = (0, 0);
            }

            if (articlesTo == articlesFrom && claimsTo == claimsFrom)
            {
                Mark(connection, articlesTo, claimsTo);
                transaction.Commit();
                return;
            }

            var articlesUpto = Math.Min(articlesTo, articlesFrom + Chunk);
            var claimsUpto = Math.Min(claimsTo, claimsFrom + (Chunk * 40L));
            Run(
                connection,
                "INSERT INTO search.articles_fts (rowid, title, text) SELECT id, title, text FROM main.articles WHERE id > @from AND id <= @upto",
                ("@from", articlesFrom),
                ("@upto", articlesUpto));
            Run(
                connection,
                """
                INSERT INTO search.claims_fts (rowid, subject, source, place)
                SELECT rowid, theme, source || ' ' || via, coalesce(location, '') || ' ' || coalesce(agent, '')
                FROM main.claims WHERE rowid > @from AND rowid <= @upto
                """,
                ("@from", claimsFrom),
                ("@upto", claimsUpto));
            Mark(connection, articlesUpto, claimsUpto);
            transaction.Commit();
        }
    }

    /// <summary>The title and snippet of each of <paramref name="articleIds"/> for the FTS5 query
    /// <paramref name="match"/>, matches marked with [ and ], by article id; an article gone or no longer matching is
    /// left out.</summary>
    /// <remarks>A contentless index cannot cut snippets, so the page's articles are put in a temporary index with the
    /// same tokenizer and FTS5's own snippet() is asked there: the snippets the index would give, for the cost of
    /// indexing one page of articles.</remarks>
    public static Dictionary<long, (string? Title, string Snippet)> Snippets(SqliteConnection connection, string match, IReadOnlyList<long> articleIds)
    {
        Run(connection, $"CREATE VIRTUAL TABLE IF NOT EXISTS temp.snippets USING fts5 (title, text, {Tokenizer})");
        Run(connection, "DELETE FROM temp.snippets");
        Run(
            connection,
            "INSERT INTO temp.snippets (rowid, title, text) SELECT id, title, text FROM main.articles WHERE id IN (SELECT value FROM json_each(@ids))",
            ("@ids", "[" + string.Join(',', articleIds) + "]"));
        var snippets = new Dictionary<long, (string? Title, string Snippet)>(articleIds.Count);
        using var command = StoredQueries.Command(
            connection,
            "SELECT rowid, title, snippet(snippets, -1, '[', ']', '…', 16) FROM temp.snippets WHERE snippets MATCH @match",
            ("@match", match));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            snippets[reader.GetInt64(0)] = (StoredRows.NullableString(reader, 1), reader.GetString(2));
        }

        return snippets;
    }

    private static bool Marked(SqliteConnection connection, string name, string mark, long upto) =>
        Scalar(connection, $"SELECT mark IS {mark} FROM search.indexed WHERE name = @name", ("@at", upto), ("@name", name)) == 1;

    private static void Mark(SqliteConnection connection, long articles, long claims) =>
        Run(
            connection,
            $"""
            UPDATE search.indexed SET upto = @at, mark = {ArticleMark} WHERE name = 'articles';
            UPDATE search.indexed SET upto = @claim, mark = {ClaimMark.Replace("@at", "@claim", StringComparison.Ordinal)} WHERE name = 'claims';
            """,
            ("@at", articles),
            ("@claim", claims));

    private static long Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = StoredQueries.Command(connection, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Run(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = StoredQueries.Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }
}
