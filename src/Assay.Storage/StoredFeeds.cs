using System.Data.Common;
using System.Globalization;

namespace Assay.Storage;

/// <summary>Watched feeds and the items taken from them, with the same SQL on both stores.</summary>
internal static class StoredFeeds
{
    // Keys bound per statement: well under SQLite's and PostgreSQL's parameter limits.
    private const int KeyChunk = 500;

    /// <summary>The state of feed <paramref name="url"/>, or null when it was never saved.</summary>
    public static FeedState? Find(DbConnection connection, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var command = StoredQueries.Command(
            connection,
            "SELECT url, etag, last_modified, last_polled, last_error FROM feeds WHERE url = @url",
            ("@url", url));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new FeedState(
            reader.GetString(0),
            NullableString(reader, 1),
            NullableString(reader, 2),
            NullableString(reader, 3) is { } polled ? StoredValues.TimestampFromDb(polled) : null,
            NullableString(reader, 4));
    }

    /// <summary>Every feed saved, by URL.</summary>
    public static IReadOnlyList<FeedState> List(DbConnection connection)
    {
        using var command = StoredQueries.Command(connection, "SELECT url, etag, last_modified, last_polled, last_error FROM feeds ORDER BY url");
        using var reader = command.ExecuteReader();
        var feeds = new List<FeedState>();
        while (reader.Read())
        {
            feeds.Add(new FeedState(
                reader.GetString(0),
                NullableString(reader, 1),
                NullableString(reader, 2),
                NullableString(reader, 3) is { } polled ? StoredValues.TimestampFromDb(polled) : null,
                NullableString(reader, 4)));
        }

        return feeds;
    }

    /// <summary>Inserts or replaces the state of a feed.</summary>
    public static void Save(DbConnection connection, FeedState feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentException.ThrowIfNullOrWhiteSpace(feed.Url);
        using var command = StoredQueries.Command(
            connection,
            """
            INSERT INTO feeds (url, etag, last_modified, last_polled, last_error) VALUES (@url, @etag, @modified, @polled, @error)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled = excluded.last_polled, last_error = excluded.last_error
            """,
            ("@url", feed.Url),
            ("@etag", (object?)feed.ETag ?? DBNull.Value),
            ("@modified", (object?)feed.LastModified ?? DBNull.Value),
            ("@polled", feed.LastPolled is { } polled ? StoredValues.TimestampToDb(polled) : DBNull.Value),
            ("@error", (object?)feed.LastError ?? DBNull.Value));
        command.ExecuteNonQuery();
    }

    /// <summary>The keys among <paramref name="keys"/> stored from feed <paramref name="feedUrl"/> (failed ones excluded).</summary>
    public static IReadOnlySet<string> Seen(DbConnection connection, string feedUrl, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(keys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeyChunk))
        {
            using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "@k" + i.ToString(CultureInfo.InvariantCulture);
                DbParameters.Add(command, names[i], chunk[i]);
            }

            DbParameters.Add(command, "@feed", feedUrl);
            command.CommandText =
                $"SELECT item_key FROM feed_items WHERE feed_url = @feed AND article_id IS NOT NULL AND item_key IN ({string.Join(", ", names)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                seen.Add(reader.GetString(0));
            }
        }

        return seen;
    }

    /// <summary>Records an attempt at an item: stored as <paramref name="articleId"/>, or failed with <paramref name="error"/>.</summary>
    /// <remarks>A failure never overwrites an item already stored: the article stays found.</remarks>
    public static void Mark(DbConnection connection, string feedUrl, string itemKey, long? articleId, string? error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemKey);
        if (articleId is null == error is null)
        {
            throw new ArgumentException("An item is marked either with the article it became or with the error it failed with.", nameof(error));
        }

        using var command = StoredQueries.Command(
            connection,
            """
            INSERT INTO feed_items (feed_url, item_key, article_id, seen_at, error) VALUES (@feed, @key, @article, @at, @error)
            ON CONFLICT (feed_url, item_key) DO UPDATE SET article_id = excluded.article_id, seen_at = excluded.seen_at, error = excluded.error
            WHERE feed_items.article_id IS NULL
            """,
            ("@feed", feedUrl),
            ("@key", itemKey),
            ("@article", (object?)articleId ?? DBNull.Value),
            ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)),
            ("@error", (object?)error ?? DBNull.Value));
        command.ExecuteNonQuery();
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
