using System.Data.Common;
using System.Globalization;
using Assay.Core.Sources;

namespace Assay.Storage;

/// <summary>The queries both stores answer with the same SQL, over the ADO.NET base types.</summary>
internal static class StoredQueries
{
    /// <summary>Ids sent to the database per statement when reading articles by id.</summary>
    public const int IdChunk = 1_000;

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

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
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
