using System.Globalization;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Microsoft.Data.Sqlite;

namespace Assay.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode with an FTS5 index over article text.</summary>
/// <remarks>Holds one connection; use it from one thread at a time and open one store per worker.</remarks>
public sealed class SqliteStore : SqlStore, IStore
{
    private const string Provider = "sqlite";
    private const int SqliteNotADatabase = 26;

    /// <summary>The page size of a new store file. An article's text averages 4.3 KB of UTF-8: with SQLite's default
    /// 4 KB pages, 47% of the articles of a generated corpus spilled into overflow pages, each one more page to
    /// allocate, write to the log and copy back; with 8 KB pages, 3% do, and ingest took about 6% less processor time
    /// (20,000 articles, three runs each way). The search file keeps the default: 8 KB pages there made it slower. A
    /// store made with another page size keeps it: SQLite cannot change the page size of a file in write-ahead-log
    /// mode, and opening it works as before.</summary>
    internal const int PageSize = 8192;

    // Claims by word through claims_fts; rowid order is storage order, so the newest page is read from the end.
    private static readonly ClaimTextSearch ClaimText = new(
        "JOIN search.claims_fts f ON f.rowid = c.rowid",
        "f.rowid DESC",
        static (command, text) =>
        {
            if (FullTextQuery.Build(FullTextQuery.ClaimTerms(text)) is not { } match)
            {
                return null;
            }

            DbParameters.Add(command, "@text", match);
            return "f.claims_fts MATCH @text";
        });

    // SQLite's default threshold for its automatic checkpoint, in pages of log.
    private const int AutoCheckpointPages = 1000;

    // Hashes looked up per statement by StoredHashes: bounds the JSON text bound to one query.
    private const int HashChunk = 500;

    private readonly SqliteConnection _connection;
    private readonly string _location;
    private readonly string? _file;
    private SqliteFollower? _follower;

    /// <summary>Size of the write-ahead log past which a save, once committed, copies what the follower has not yet
    /// copied into the store and empties the log.</summary>
    /// <remarks>The follower's passive checkpoints copy the log back into the store, but SQLite starts the log again
    /// only when a write begins with every frame copied, and a bulk ingest begins each batch the moment the last one
    /// commits: without a restart of its own, the log of 250,000 articles grew to 13 GB, twice the store. Restarting
    /// costs the saving thread the frames still uncopied and a sync; at 1 GB, a few times in 250,000 articles.</remarks>
    internal long LogRestartBytes { get; set; } = 1L << 30;

    /// <summary>Turns off SQLite's memory statistics, which count every allocation under one lock for the whole process:
    /// saving an article allocates hundreds of times, and the store never reads the counts. It can be set only before
    /// SQLite's first connection in the process; when one came earlier, SQLite refuses and the counting stays on, which
    /// costs time and changes nothing else.</summary>
    static SqliteStore()
    {
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    private SqliteStore(SqliteConnection connection, string location, string? file)
        : base(connection)
    {
        _connection = connection;
        _location = location;
        _file = file;
    }

    /// <summary>Opens (creating it and its folder when missing) the store at <paramref name="path"/> and migrates it.</summary>
    /// <exception cref="StoreException">The file is not a SQLite database, its schema is newer than this build, or it cannot be opened.</exception>
    public static SqliteStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(full, $"Cannot create the folder of the store '{full}': {ex.Message}", ex);
        }

        return Connect(full, full);
    }

    /// <summary>Opens a private, empty in-memory store, gone when disposed; for tests and one-off runs.</summary>
    public static SqliteStore OpenInMemory() => Connect(":memory:", "(in memory)");

    /// <inheritdoc/>
    public void Migrate()
    {
        try
        {
            new Migrator(_connection, Provider, _location).Migrate();
        }
        catch (SqliteException ex)
        {
            throw Wrap(ex, _location);
        }
    }

    /// <summary>The schema version the database is at.</summary>
    public int SchemaVersion => new Migrator(_connection, Provider, _location).CurrentVersion();

    /// <inheritdoc/>
    public IReadOnlyList<SaveResult> Save(IReadOnlyList<ArticleExtraction> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var prepared = new PreparedArticle[batch.Count];
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                prepared[i] = Prepare(batch[i] ?? throw new ArgumentException($"Batch item {i} is null.", nameof(batch)));
            }

            return SavePrepared(prepared);
        }
        finally
        {
            foreach (var p in prepared)
            {
                p?.Dispose();
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>Encodes the rows the save will bind (see <see cref="SqliteRows"/>).</remarks>
    public PreparedArticle Prepare(ArticleExtraction extraction, string? contentHash = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return SqliteRows.Encode(extraction, contentHash ?? extraction.Article.ContentHash);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SaveResult> SavePrepared(IReadOnlyList<PreparedArticle> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new SaveResult[batch.Count];
        if (batch.Count == 0)
        {
            return results;
        }

        var db = _connection.Handle!;
        try
        {
            // The batch is indexed for search, and its log copied into the file, by the follower's thread, not in
            // this transaction or at its commit (see SqliteFollower); other writes keep SQLite's automatic
            // checkpoint. Started at the first save, so stores opened only to read start no thread.
            _follower ??= _file is null ? null : new SqliteFollower(_file);
            if (_follower is not null)
            {
                SQLitePCL.raw.sqlite3_wal_autocheckpoint(db, 0);
            }

            // Every row the save inserts refers to the article it inserted just before, in the same transaction,
            // so checking each of the 150 or so rows of an article against the articles table is work with one
            // possible answer; other writes keep the checks (the setting cannot change inside a transaction).
            Exec(db, "PRAGMA foreign_keys = OFF");
            SaveInTransaction(batch, results);
        }
        catch (SqliteException ex)
        {
            throw Wrap(ex, _location);
        }
        finally
        {
            Exec(db, "PRAGMA foreign_keys = ON");
            if (_follower is not null)
            {
                SQLitePCL.raw.sqlite3_wal_autocheckpoint(db, AutoCheckpointPages);
                RestartLogWhenLarge(db, _follower);
                _follower.Request();
            }
        }

        return results;
    }

    private void RestartLogWhenLarge(SQLitePCL.sqlite3 db, SqliteFollower follower)
    {
        var log = new FileInfo(_file + "-wal");
        if (log.Exists && log.Length > LogRestartBytes)
        {
            // Waits for the follower's checkpoint in progress (lock) and for its read (busy timeout). Should another
            // process hold the log, it is only larger for now: the next save tries again.
            lock (follower.CheckpointLock)
            {
                SQLitePCL.raw.sqlite3_wal_checkpoint_v2(db, "main", SQLitePCL.raw.SQLITE_CHECKPOINT_TRUNCATE, out _, out _);
            }
        }
    }

    private static void Exec(SQLitePCL.sqlite3 db, string sql)
    {
        var rc = SQLitePCL.raw.sqlite3_exec(db, sql);
        SqliteException.ThrowExceptionForRC(rc, db);
    }

    private void SaveInTransaction(IReadOnlyList<PreparedArticle> batch, SaveResult[] results)
    {
        var ingestedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        // BEGIN IMMEDIATE would take the write lock of every attached file, the search index's too, and hold the
        // follower off it for the whole batch; a deferred transaction whose first statement writes (nothing) takes
        // the store's lock alone, waiting for another writer as IMMEDIATE would.
        using var transaction = _connection.BeginTransaction(deferred: true);
        Exec(_connection.Handle!, "UPDATE articles SET id = id WHERE 0");
        using (var writer = new SqliteBatchWriter(_connection))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var prepared = batch[i] ?? throw new ArgumentException($"Batch item {i} is null.", nameof(batch));
                var hash = prepared.ContentHash;
                if (seen.TryGetValue(hash, out var id))
                {
                    results[i] = new SaveResult(id, Added: false);
                    continue;
                }

                var stored = writer.FindArticle(hash);
                id = stored ?? Insert(writer, prepared, ingestedAt);
                results[i] = new SaveResult(id, Added: stored is null);
                seen[hash] = id;
            }
        }

        transaction.Commit();
    }

    private static long Insert(SqliteBatchWriter writer, PreparedArticle prepared, string ingestedAt)
    {
        if (prepared is SqliteRows rows)
        {
            return writer.Insert(rows.Values, ingestedAt);
        }

        // Prepared by a store that keeps the objects: encoded here instead.
        using var encoded = SqliteRows.Encode(prepared.Extraction!, prepared.ContentHash);
        return writer.Insert(encoded.Values, ingestedAt);
    }

    /// <inheritdoc/>
    public bool Contains(string contentHash) => StoredQueries.Contains(_connection, contentHash);

    /// <inheritdoc/>
    /// <remarks>The hashes go in as one JSON array per chunk, read with <c>json_each</c>, so no statement grows a
    /// parameter per hash.</remarks>
    public IReadOnlySet<string> StoredHashes(IReadOnlyCollection<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var chunk in contentHashes.Chunk(HashChunk))
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT content_hash FROM articles WHERE content_hash IN (SELECT value FROM json_each(@hashes))";
                command.Parameters.AddWithValue("@hashes", StoredValues.ListToJson(chunk));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    stored.Add(reader.GetString(0));
                }
            }
        }
        catch (SqliteException ex)
        {
            throw Wrap(ex, _location);
        }

        return stored;
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredClaim> Claims(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Text is not null)
        {
            WaitForIndexes();
        }

        return StoredClaimQuery.Run(_connection, query, quantityRequired: false, textSearch: ClaimText);
    }

    /// <inheritdoc/>
    /// <remarks>Every word or quoted phrase must match; FTS5 operators in the query are taken as words.
    /// The snippet marks matches with [ and ].</remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        var match = FullTextQuery.Build(query);
        if (match is null || limit <= 0)
        {
            return [];
        }

        WaitForIndexes();

        // The newest matches come off the end of the postings without ranking the rest; the page is then ranked, and
        // snippets are cut for its rows only (each a seek by rowid).
        var ids = new List<long>(limit);
        using (var page = Command(
            """
            SELECT id FROM (
                SELECT rowid AS id, rank AS r FROM search.articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT @window)
            ORDER BY r, id
            LIMIT @limit
            """,
            ("@match", match),
            ("@window", StoredQueries.SearchWindow),
            ("@limit", limit)))
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var snippets = SqliteSearchIndex.Snippets(_connection, match, ids);
        var hits = new List<SearchHit>(ids.Count);
        foreach (var id in ids)
        {
            if (snippets.TryGetValue(id, out var found))
            {
                hits.Add(new SearchHit(id, found.Title, found.Snippet));
            }
        }

        return hits;
    }

    /// <inheritdoc/>
    public IEnumerable<StoredText> Texts()
    {
        using var command = Command("SELECT id, outlet, published, text FROM articles ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredText(reader.GetInt64(0), StoredRows.NullableString(reader, 1), StoredRows.NullableDate(reader, 2), reader.GetString(3));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<StoredText> Texts(IReadOnlyCollection<long> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return StoredQueries.TextsByIds(_connection, articleIds, "id IN (SELECT value FROM json_each(@ids))", static chunk => System.Text.Json.JsonSerializer.Serialize(chunk));
    }

    /// <inheritdoc/>
    public StoreStats Stats()
    {
        using var command = Command(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM quantities), (SELECT COUNT(*) FROM mentions)");
        using var r = command.ExecuteReader();
        r.Read();
        return new StoreStats(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), SchemaVersion);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // The follower's connection closes first, so the store's own is the last and copies what is left of the log.
        if (_follower is not null)
        {
            _follower.Dispose();
            try
            {
                // A store that saved leaves its index current; one that fails here is caught up by the next search.
                SqliteSearchIndex.CatchUp(_connection);
            }
#pragma warning disable CA1031 // Closing must not fail over derived data.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        _connection.Dispose();
    }

    /// <inheritdoc/>
    /// <remarks>Indexes, on the calling thread, whatever the follower has not indexed yet (waiting for its chunk in
    /// progress, if any).</remarks>
    public void WaitForIndexes()
    {
        try
        {
            if (!SqliteSearchIndex.IsCurrent(_connection))
            {
                SqliteSearchIndex.CatchUp(_connection);
            }
        }
        catch (SqliteException ex)
        {
            throw Wrap(ex, _location);
        }
    }

    private static SqliteStore Connect(string dataSource, string location)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // SQLite's lower() folds ASCII only; substring filters must fold every script alike.
            connection.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            using (var pragmas = connection.CreateCommand())
            {
                // A 64 MB page cache (the default is 2 MB) keeps the upper levels of every index in memory once
                // the store holds hundreds of thousands of articles, for inserts and lookups alike.
                // The page size takes effect only in a new file, before its first write (see PageSize).
                pragmas.CommandText = $"PRAGMA page_size = {PageSize}; " +
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;";
                pragmas.ExecuteNonQuery();
            }

            var store = new SqliteStore(connection, location, dataSource == ":memory:" ? null : dataSource);
            store.Migrate();
            SqliteSearchIndex.AttachOrRebuild(connection, dataSource == ":memory:" ? ":memory:" : SqliteSearchIndex.FileFor(dataSource));
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Wrap(ex, location);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static StoreException Wrap(SqliteException ex, string location)
    {
        var reason = ex.SqliteErrorCode == SqliteNotADatabase
            ? "the file is not a SQLite database"
            : ex.Message.ReplaceLineEndings(" ");
        return new StoreException(location, $"Cannot use the store '{location}': {reason}.", ex);
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
