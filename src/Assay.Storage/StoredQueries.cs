using System.Data.Common;
using System.Globalization;
using Assay.Core.Sources;

namespace Assay.Storage;

/// <summary>The queries both stores answer with the same SQL, over the ADO.NET base types.</summary>
internal static class StoredQueries
{
    /// <summary>Matches a full-text search ranks: the newest this many.</summary>
    public const int SearchWindow = 1_000;

    /// <summary>Ids sent to the database per statement when reading articles by id.</summary>
    public const int IdChunk = 1_000;

    /// <summary>The store's state as views see it: the newest article, the newest decision and how many were undone.</summary>
    /// <remarks>One index probe per figure. A store written by one process at a time (SQLite) commits ids in order, so
    /// any new article changes the stamp; on a server, a batch that commits after a later one with lower ids is seen
    /// when the next batch lands.</remarks>
    public static string ViewStamp(DbConnection connection)
    {
        using var command = Command(connection,
            """
            SELECT (SELECT coalesce(max(id), 0) FROM articles),
                   (SELECT coalesce(max(id), 0) FROM decisions),
                   (SELECT count(*) FROM decisions WHERE undone_at IS NOT NULL)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Create(CultureInfo.InvariantCulture, $"a{reader.GetInt64(0)}.d{reader.GetInt64(1)}.u{reader.GetInt64(2)}");
    }

    /// <summary>The body of view <paramref name="key"/> when it was built at <paramref name="stamp"/>, else null.</summary>
    public static string? View(DbConnection connection, string key, string stamp)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(stamp);
        using var command = Command(connection, "SELECT body FROM views WHERE key = @key AND stamp = @stamp", ("@key", key), ("@stamp", stamp));
        return command.ExecuteScalar() as string;
    }

    /// <summary>Stores view <paramref name="key"/> as built at <paramref name="stamp"/>, replacing an older one.</summary>
    public static void SaveView(DbConnection connection, string key, string stamp, string body)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(body);
        using var command = Command(connection,
            """
            INSERT INTO views (key, stamp, built_at, body) VALUES (@key, @stamp, @at, @body)
            ON CONFLICT (key) DO UPDATE SET stamp = excluded.stamp, built_at = excluded.built_at, body = excluded.body
            """,
            ("@key", key), ("@stamp", stamp), ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)), ("@body", body));
        command.ExecuteNonQuery();
    }

    /// <summary>The texts of <paramref name="articleIds"/> in id order, read <see cref="IdChunk"/> at a time; each chunk
    /// is read whole before it is handed out, so no reader stays open between items. <paramref name="condition"/>
    /// selects a chunk through <c>@ids</c>, bound to what <paramref name="idsParameter"/> makes of the chunk.</summary>
    public static IEnumerable<StoredText> TextsByIds(
        DbConnection connection, IReadOnlyCollection<long> articleIds, string condition, Func<long[], object> idsParameter)
    {
        long[] ids = [.. articleIds.Distinct().Order()];
        foreach (var chunk in ids.Chunk(IdChunk))
        {
            var texts = new List<StoredText>(chunk.Length);
            using (var command = Command(connection, $"SELECT id, outlet, published, text FROM articles WHERE {condition} ORDER BY id", ("@ids", idsParameter(chunk))))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    texts.Add(new StoredText(reader.GetInt64(0), StoredRows.NullableString(reader, 1), StoredRows.NullableDate(reader, 2), reader.GetString(3)));
                }
            }

            foreach (var text in texts)
            {
                yield return text;
            }
        }
    }

    /// <summary>True when an article with this content hash is stored.</summary>
    public static bool Contains(DbConnection connection, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        using var command = Command(connection, "SELECT 1 FROM articles WHERE content_hash = @hash", ("@hash", contentHash));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Stored articles, newest first.</summary>
    public static IReadOnlyList<StoredArticle> Articles(DbConnection connection, int limit)
    {
        using var command = Command(connection,
            $"SELECT {StoredRows.ArticleColumns("a")} FROM articles a ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT @limit",
            ("@limit", Math.Max(limit, 0)));
        return ReadArticles(command);
    }

    /// <summary>A page of the articles <paramref name="query"/> selects, newest first.</summary>
    public static IReadOnlyList<StoredArticle> Articles(DbConnection connection, ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Ids is { Count: 0 } || query.Limit <= 0)
        {
            return [];
        }

        using var command = ArticleFilter(connection, query, $"SELECT {StoredRows.ArticleColumns("a")} FROM articles a");
        command.CommandText += " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT @limit OFFSET @offset";
        DbParameters.Add(command, "@limit", query.Limit);
        DbParameters.Add(command, "@offset", Math.Max(query.Offset, 0));
        return ReadArticles(command);
    }

    /// <summary>How many articles the filters of <paramref name="query"/> select.</summary>
    public static int CountArticles(DbConnection connection, ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Ids is { Count: 0 })
        {
            return 0;
        }

        using var command = ArticleFilter(connection, query, "SELECT count(*) FROM articles a");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // The WHERE clause of an article query, its values bound as parameters; the outlet is matched as a substring, its
    // LIKE wildcards escaped.
    private static DbCommand ArticleFilter(DbConnection connection, ArticleQuery query, string select)
    {
        var command = Command(connection, select);
        var where = new List<string>();
        if (!string.IsNullOrEmpty(query.Outlet))
        {
            var escaped = query.Outlet.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            where.Add("lower(a.outlet) LIKE @outlet ESCAPE '\\'");
            DbParameters.Add(command, "@outlet", "%" + escaped + "%");
        }

        if (query.Since is { } since)
        {
            where.Add("a.published >= @since");
            DbParameters.Add(command, "@since", StoredValues.DateToDb(since));
        }

        if (query.Until is { } until)
        {
            where.Add("a.published <= @until");
            DbParameters.Add(command, "@until", StoredValues.DateToDb(until));
        }

        if (query.Ids is { } ids)
        {
            var names = new List<string>(ids.Count);
            foreach (var id in ids)
            {
                var name = "@id" + names.Count.ToString(CultureInfo.InvariantCulture);
                names.Add(name);
                DbParameters.Add(command, name, id);
            }

            where.Add($"a.id IN ({string.Join(", ", names)})");
        }

        if (where.Count > 0)
        {
            command.CommandText += " WHERE " + string.Join(" AND ", where);
        }

        return command;
    }

    /// <summary>An article by id, content-hash prefix (at least 6 characters) or exact URL.</summary>
    public static StoredArticle? FindArticle(DbConnection connection, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        key = key.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        var select = $"SELECT {StoredRows.ArticleColumns("a")} FROM articles a";
        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            using var byId = Command(connection, select + " WHERE a.id = @id", ("@id", id));
            if (ReadArticles(byId) is [var found])
            {
                return found;
            }
        }

        if (key.Length >= 6 && IsHex(key))
        {
            using var byHash = Command(connection,
                select + " WHERE a.content_hash LIKE @prefix ESCAPE '\\' LIMIT 2",
                ("@prefix", StoredValues.PrefixPattern(key.ToLowerInvariant())));
            var matches = ReadArticles(byHash);
            if (matches.Count > 0)
            {
                // An ambiguous prefix names no article: better nothing than the wrong one.
                return matches.Count == 1 ? matches[0] : null;
            }
        }

        using var byUrl = Command(connection, select + " WHERE a.url = @url ORDER BY a.id LIMIT 1", ("@url", key));
        return ReadArticles(byUrl) is [var atUrl] ? atUrl : null;
    }

    /// <summary>Every source claims are credited to, with counts.</summary>
    public static IReadOnlyList<SourceSummary> Sources(DbConnection connection)
    {
        // The most frequent source type per source is picked here: portable SQL has no mode() in SQLite, and both stores
        // then break ties the same way.
        var types = new Dictionary<string, (SourceType Type, long Count)>(StringComparer.Ordinal);
        using (var byType = Command(connection, "SELECT source, source_type, CAST(COUNT(*) AS INTEGER) FROM claims GROUP BY source, source_type"))
        using (var r = byType.ExecuteReader())
        {
            while (r.Read())
            {
                var type = Enum.Parse<SourceType>(r.GetString(1));
                long count = r.GetInt32(2);
                if (!types.TryGetValue(r.GetString(0), out var best) || count > best.Count || (count == best.Count && type < best.Type))
                {
                    types[r.GetString(0)] = (type, count);
                }
            }
        }

        using var command = Command(connection,
            """
            SELECT c.source, COUNT(*), COUNT(DISTINCT c.article_id), COUNT(DISTINCT a.outlet), MIN(a.published), MAX(a.published)
            FROM claims c JOIN articles a ON a.id = c.article_id
            GROUP BY c.source
            ORDER BY COUNT(*) DESC, c.source
            """);
        using var reader = command.ExecuteReader();
        var summaries = new List<SourceSummary>();
        while (reader.Read())
        {
            var source = reader.GetString(0);
            summaries.Add(new SourceSummary(
                source,
                types[source].Type,
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                StoredRows.NullableDate(reader, 4),
                StoredRows.NullableDate(reader, 5)));
        }

        return summaries;
    }

    /// <summary>A command on <paramref name="connection"/> with its parameters bound by name.</summary>
    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            DbParameters.Add(command, name, value);
        }

        return command;
    }

    private static List<StoredArticle> ReadArticles(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var articles = new List<StoredArticle>();
        while (reader.Read())
        {
            articles.Add(StoredRows.Article(reader, 0));
        }

        return articles;
    }

    private static bool IsHex(string key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
