using System.Globalization;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Assay.Storage.Postgres;

/// <summary>The server store: one PostgreSQL database, with a generated tsvector column and a GIN index over
/// article text; the same contract and behaviour as the SQLite store.</summary>
/// <remarks>Holds one connection; use it from one thread at a time and open one store per worker. Several
/// processes may write to one database at once: an article is stored once whoever saves it first, and a batch that
/// loses a deadlock or a serialization conflict to another writer is run again (up to three attempts).</remarks>
public sealed class PostgresStore : SqlStore, IStore
{
    private const string Provider = "postgres";

    // Keeps two processes from running the same schema script at once; the number is arbitrary but fixed.
    internal const string MigrationLock = "SELECT pg_advisory_xact_lock(4172019001)";

    private const string HeadlineOptions = "StartSel=[, StopSel=], MinWords=8, MaxWords=20, MaxFragments=1, FragmentDelimiter=\" … \"";

    private readonly NpgsqlConnection _connection;
    private readonly string _location;

    private PostgresStore(NpgsqlConnection connection, string location)
        : base(connection)
    {
        _connection = connection;
        _location = location;
    }

    /// <summary>Connects to the database named by <paramref name="connectionString"/> (an Npgsql connection
    /// string, or a <c>postgres://</c> URL) and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static PostgresStore Open(string connectionString)
    {
        var (connection, location) = Connect(connectionString, "store");
        return new PostgresStore(connection, location);
    }

    /// <summary>Opens a connection to the database named by <paramref name="connectionString"/> and migrates it; for
    /// the store and the ingest queue alike. <paramref name="what"/> names the user in error messages.</summary>
    internal static (NpgsqlConnection Connection, string Location) Connect(string connectionString, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        string normalised;
        string location;
        try
        {
            normalised = PostgresConnectionString.From(connectionString);
            location = PostgresConnectionString.Describe(normalised);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException("(postgresql)", $"Cannot use the PostgreSQL {what}: {ex.Message}", ex);
        }

        var connection = new NpgsqlConnection(normalised);
        try
        {
            connection.Open();
            new Migrator(connection, Provider, location, MigrationLock).Migrate();
            return (connection, location);
        }
        catch (NpgsqlException ex)
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

    /// <summary>The server and database, without the password, as <c>postgresql://user@host:port/database</c>.</summary>
    public string Location => _location;

    /// <inheritdoc/>
    public void Migrate()
    {
        try
        {
            new Migrator(_connection, Provider, _location, MigrationLock).Migrate();
        }
        catch (NpgsqlException ex)
        {
            throw Wrap(ex, _location);
        }
    }

    /// <summary>The schema version the database is at.</summary>
    public int SchemaVersion => new Migrator(_connection, Provider, _location, MigrationLock).CurrentVersion();

    /// <inheritdoc/>
    public IReadOnlyList<SaveResult> Save(IReadOnlyList<ArticleExtraction> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new SaveResult[batch.Count];
        if (batch.Count == 0)
        {
            return results;
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    SaveInTransaction(batch, results);
                    break;
                }
                catch (PostgresException ex) when (attempt < SaveAttempts && IsTransient(ex))
                {
                    // The transaction was rolled back whole and the batch is idempotent, so running it again is safe.
                    // A cluster's writers lock shards in parallel, where sorting by hash alone cannot rule out a
                    // deadlock; the jitter keeps the two losers of one from meeting again.
                    Thread.Sleep(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attempt));
                }
            }
        }
        catch (NpgsqlException ex)
        {
            throw Wrap(ex, _location);
        }

        return results;
    }

    /// <summary>Attempts at a batch before a deadlock or serialization failure is reported.</summary>
    internal const int SaveAttempts = 3;

    /// <summary>True for the failures that say "try again": a deadlock (40P01) or a serialization failure (40001).</summary>
    internal static bool IsTransient(PostgresException ex) =>
        ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;

    private void SaveInTransaction(IReadOnlyList<ArticleExtraction> batch, SaveResult[] results)
    {
        var ingestedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<ArticleExtraction>();
        var firstAt = new int[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var extraction = batch[i] ?? throw new ArgumentException($"Batch item {i} is null.", nameof(batch));
            if (!seen.TryGetValue(extraction.Article.ContentHash, out var at))
            {
                at = unique.Count;
                seen[extraction.Article.ContentHash] = at;
                unique.Add(extraction);
            }

            firstAt[i] = at;
        }

        using var transaction = _connection.BeginTransaction();
        var writer = new PostgresBatchWriter(_connection, transaction);
        var stored = writer.Insert(unique, ingestedAt);
        writer.Flush();
        var reported = new bool[unique.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            // A repeat within the batch points at its first copy and is never reported as added.
            var (id, added) = stored[firstAt[i]];
            results[i] = new SaveResult(id, added && !reported[firstAt[i]]);
            reported[firstAt[i]] = true;
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    /// <remarks>Reads the <c>article_hashes</c> gate, which a cluster routes to the one shard holding the hash.</remarks>
    public bool Contains(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        using var command = Command("SELECT 1 FROM article_hashes WHERE content_hash = @hash", ("@hash", contentHash));
        return command.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    /// <remarks>One <c>= ANY</c> query on the gate; a cluster sends it only to the shards holding those hashes.</remarks>
    public IReadOnlySet<string> StoredHashes(IReadOnlyCollection<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count == 0)
        {
            return stored;
        }

        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT content_hash FROM article_hashes WHERE content_hash = ANY(@hashes)";
            command.Parameters.Add(new NpgsqlParameter("@hashes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = contentHashes.ToArray() });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }
        catch (NpgsqlException ex)
        {
            throw Wrap(ex, _location);
        }

        return stored;
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredClaim> Claims(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return StoredClaimQuery.Run(_connection, query, quantityRequired: false, textSearch: ClaimText);
    }

    // Claims by word through the GIN index on claims.search, newest stored first.
    private static readonly ClaimTextSearch ClaimText = new(
        "",
        "c.article_id DESC, c.ordinal DESC",
        static (command, text) => TsQuery((NpgsqlCommand)command, FullTextQuery.ClaimTerms(text), "@ct") is { } query ? $"c.search @@ ({query})" : null);

    /// <inheritdoc/>
    /// <remarks>Every word or quoted phrase must match, a trailing * matches a prefix; no input is read as tsquery
    /// syntax. Ranked by ts_rank, then id. The snippet comes from the text (the title when only it matches) and
    /// marks matches with [ and ].</remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        var terms = FullTextQuery.Terms(query);
        if (terms.Count == 0 || limit <= 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        var tsquery = TsQuery(command, terms, "@t")!;
        command.CommandText =
            $"""
            WITH q AS (SELECT {tsquery} AS query),
            recent AS (
                SELECT a.id FROM articles a, q WHERE a.search @@ q.query ORDER BY a.id DESC LIMIT @window),
            hits AS (
                SELECT a.id, a.title, a.text, ts_rank(a.search, q.query) AS rank
                FROM recent r JOIN articles a ON a.id = r.id, q
                ORDER BY rank DESC, a.id
                LIMIT @limit)
            SELECT h.id, h.title,
                   CASE WHEN to_tsvector('simple', h.text) @@ q.query OR h.title IS NULL
                        THEN ts_headline('simple', h.text, q.query, '{HeadlineOptions}')
                        ELSE ts_headline('simple', h.title, q.query, '{HeadlineOptions}') END
            FROM hits h, q
            ORDER BY h.rank DESC, h.id
            """;
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@window", StoredQueries.SearchWindow);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetInt64(0), StoredRows.NullableString(reader, 1), reader.GetString(2)));
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
        return StoredQueries.TextsByIds(_connection, articleIds, "id = ANY(@ids)", static chunk => chunk);
    }

    /// <inheritdoc/>
    public StoreStats Stats()
    {
        using var command = Command(
            "SELECT (SELECT COUNT(*)::int FROM articles), (SELECT COUNT(*)::int FROM claims), (SELECT COUNT(*)::int FROM quantities), (SELECT COUNT(*)::int FROM mentions)");
        int articles, claims, quantities, mentions;
        using (var r = command.ExecuteReader())
        {
            // One command at a time per connection: the counts are read before the schema version is asked for.
            r.Read();
            (articles, claims, quantities, mentions) = (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3));
        }

        return new StoreStats(articles, claims, quantities, mentions, SchemaVersion);
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    internal static StoreException Wrap(NpgsqlException ex, string location) =>
        new(location, $"Cannot use the store '{location}': {ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}.", ex);

    // Every term must match: a word or phrase as a phrase query, a prefix as a quoted tsquery literal, so nothing
    // typed is read as tsquery syntax. Null when there is no term.
    private static string? TsQuery(NpgsqlCommand command, IReadOnlyList<SearchTerm> terms, string prefix)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        for (var i = 0; i < terms.Count; i++)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            if (terms[i].Prefix)
            {
                parts.Add($"to_tsquery('simple', {name})");
                command.Parameters.AddWithValue(name, "'" + terms[i].Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "':*");
            }
            else
            {
                parts.Add($"phraseto_tsquery('simple', {name})");
                command.Parameters.AddWithValue(name, terms[i].Text);
            }
        }

        return string.Join(" && ", parts);
    }

    private NpgsqlCommand Command(string sql, params (string Name, object Value)[] parameters)
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
