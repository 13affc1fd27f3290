using Npgsql;
using NpgsqlTypes;

namespace Assay.Storage.Postgres;

/// <summary>The shared ingest queue on a PostgreSQL server (table <c>ingest_queue</c>): claims use
/// <c>FOR UPDATE SKIP LOCKED</c>, so workers polling at once take different inputs and never wait for each other.</summary>
/// <remarks>Holds its own connection, apart from any store's, so a lease can be renewed while a batch is being saved;
/// safe to call from several threads (calls take turns on the connection).</remarks>
public sealed class PostgresIngestQueue : IIngestQueue
{
    private const string Provider = "postgres";

    private const string ClaimReady =
        """
        UPDATE ingest_queue q
        SET state = 'taken', taken_by = @worker, lease_until = now() + @lease, attempts = q.attempts + 1, error = NULL
        WHERE q.id IN (
            SELECT id FROM ingest_queue
            WHERE state = 'pending' OR (state = 'taken' AND lease_until < now())
            ORDER BY id
            LIMIT @n
            FOR UPDATE SKIP LOCKED)
        RETURNING q.id, q.input, q.attempts
        """;

    // A worker that keeps dying on one input (one that crashes the process, say) must not hold every worker up.
    private const string FailAbandoned =
        """
        UPDATE ingest_queue
        SET state = 'failed', taken_by = NULL, lease_until = NULL,
            error = 'its worker stopped renewing the lease ' || attempts || ' times'
        WHERE id IN (
            SELECT id FROM ingest_queue
            WHERE state = 'taken' AND lease_until < now() AND attempts >= @max
            FOR UPDATE SKIP LOCKED)
        """;

    private readonly NpgsqlConnection _connection;
    private readonly string _location;
    private readonly Lock _gate = new();

    private PostgresIngestQueue(NpgsqlConnection connection, string location)
    {
        _connection = connection;
        _location = location;
    }

    /// <summary>Connects to the database named by <paramref name="connectionString"/> (an Npgsql connection string or
    /// a <c>postgres://</c> URL) and migrates it, so the queue table exists.</summary>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static PostgresIngestQueue Open(string connectionString)
    {
        var (connection, location) = PostgresStore.Connect(connectionString, "queue");
        return new PostgresIngestQueue(connection, location);
    }

    /// <inheritdoc/>
    public int Enqueue(IReadOnlyCollection<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return 0;
        }

        // In the order given, so claims hand inputs out in that order.
        return Run(() =>
        {
            using var command = Command(
                "INSERT INTO ingest_queue (input) SELECT i FROM unnest(@inputs) WITH ORDINALITY AS x (i, n) ORDER BY n ON CONFLICT (input) DO NOTHING");
            command.Parameters.Add(new NpgsqlParameter("@inputs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = inputs.ToArray() });
            return command.ExecuteNonQuery();
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<QueuedInput> Claim(string worker, int count, TimeSpan lease, int maxAttempts = 3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return Run(() =>
        {
            using (var abandon = Command(FailAbandoned))
            {
                abandon.Parameters.AddWithValue("@max", maxAttempts);
                abandon.ExecuteNonQuery();
            }

            using var command = Command(ClaimReady);
            command.Parameters.AddWithValue("@worker", worker);
            command.Parameters.AddWithValue("@lease", lease);
            command.Parameters.AddWithValue("@n", count);
            using var reader = command.ExecuteReader();
            var claimed = new List<QueuedInput>();
            while (reader.Read())
            {
                claimed.Add(new QueuedInput(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
            }

            // UPDATE … RETURNING gives no order; hand them out in queue order.
            claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
            return claimed;
        });
    }

    /// <inheritdoc/>
    public bool Renew(long id, string worker, TimeSpan lease) => Run(() =>
    {
        using var command = Command(
            "UPDATE ingest_queue SET lease_until = now() + @lease WHERE id = @id AND taken_by = @worker AND state = 'taken'");
        command.Parameters.AddWithValue("@lease", lease);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@worker", worker);
        return command.ExecuteNonQuery() == 1;
    });

    /// <inheritdoc/>
    public bool Complete(long id, string worker, int stored, int unchanged, int skipped) => Run(() =>
    {
        using var command = Command(
            """
            UPDATE ingest_queue
            SET state = 'done', lease_until = NULL, stored = @stored, unchanged = @unchanged, skipped = @skipped, error = NULL
            WHERE id = @id AND taken_by = @worker AND state = 'taken'
            """);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@worker", worker);
        command.Parameters.AddWithValue("@stored", stored);
        command.Parameters.AddWithValue("@unchanged", unchanged);
        command.Parameters.AddWithValue("@skipped", skipped);
        return command.ExecuteNonQuery() == 1;
    });

    /// <inheritdoc/>
    public string? Fail(long id, string worker, string error, int maxAttempts = 3)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Run(() =>
        {
            using var command = Command(
                """
                UPDATE ingest_queue
                SET state = CASE WHEN attempts >= @max THEN 'failed' ELSE 'pending' END,
                    taken_by = NULL, lease_until = NULL, error = @error
                WHERE id = @id AND taken_by = @worker AND state = 'taken'
                RETURNING state
                """);
            command.Parameters.AddWithValue("@max", maxAttempts);
            command.Parameters.AddWithValue("@error", error);
            command.Parameters.AddWithValue("@id", id);
            command.Parameters.AddWithValue("@worker", worker);
            return command.ExecuteScalar() as string;
        });
    }

    /// <inheritdoc/>
    public IngestQueueTotals Totals() => Run(() =>
    {
        using var command = Command(
            """
            SELECT COUNT(*) FILTER (WHERE state = 'pending')::int, COUNT(*) FILTER (WHERE state = 'taken')::int,
                   COUNT(*) FILTER (WHERE state = 'done')::int, COUNT(*) FILTER (WHERE state = 'failed')::int,
                   COALESCE(SUM(stored), 0)::int, COALESCE(SUM(unchanged), 0)::int, COALESCE(SUM(skipped), 0)::int
            FROM ingest_queue
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new IngestQueueTotals(
            reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6));
    });

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private T Run<T>(Func<T> work)
    {
        lock (_gate)
        {
            try
            {
                return work();
            }
            catch (NpgsqlException ex)
            {
                throw PostgresStore.Wrap(ex, _location);
            }
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection);
}
