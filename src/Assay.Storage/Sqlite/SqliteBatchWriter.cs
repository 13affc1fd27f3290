using Microsoft.Data.Sqlite;

namespace Assay.Storage.Sqlite;

/// <summary>Writes one batch of extractions inside one transaction with prepared statements reused for every row.</summary>
/// <remarks>Statements are bound by position (see <see cref="RawStatement"/>); the transaction is the caller's.</remarks>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly RawStatement _findArticle;
    private readonly RawStatement _insertArticle;
    private readonly RawStatement _insertSentence;
    private readonly RawStatement _insertMention;
    private readonly RawStatement _insertQuantity;
    private readonly RawStatement _insertTime;
    private readonly RawStatement _insertClaim;

    /// <summary>Prepares the statements on <paramref name="connection"/>, inside its open transaction.</summary>
    public SqliteBatchWriter(SqliteConnection connection)
    {
        _findArticle = new RawStatement(connection, "SELECT id FROM articles WHERE content_hash = ?1");
        _insertArticle = new RawStatement(
            connection,
            """
            INSERT INTO articles (content_hash, title, outlet, byline, published, url, kind, location, language, text, paragraphs, captions, word_count, ingested_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            RETURNING id
            """);
        _insertSentence = new RawStatement(connection, "INSERT INTO sentences (article_id, ordinal, span_start, span_end) VALUES (?1, ?2, ?3, ?4)");
        _insertMention = new RawStatement(
            connection,
            """
            INSERT INTO mentions (article_id, ordinal, span_start, span_end, text, actor_id, actor_name, kind, country, cue)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """);
        _insertQuantity = new RawStatement(
            connection,
            """
            INSERT INTO quantities (article_id, ordinal, span_start, span_end, text, low, high, qualifier, counted, scope, cue, counted_start, counted_end)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """);
        _insertTime = new RawStatement(
            connection,
            """
            INSERT INTO times (article_id, ordinal, span_start, span_end, text, value, granularity, relation, cue)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """);
        _insertClaim = new RawStatement(
            connection,
            """
            INSERT INTO claims (article_id, ordinal, claim_id, span_start, span_end, text, event, agent, theme, location,
                                quantity_ordinal, time_ordinal, source, source_actor, source_type, via, stance, certainty, cues)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
            """);
    }

    /// <summary>The id of the stored article with this content hash, or null.</summary>
    public long? FindArticle(string contentHash)
    {
        _findArticle.Bind(1, contentHash);
        return _findArticle.Run();
    }

    /// <summary>Inserts an article and everything extracted from it, encoded by <see cref="SqliteRows"/>; returns the
    /// new article id.</summary>
    public unsafe long Insert(ReadOnlySpan<byte> values, string ingestedAt)
    {
        // Text is bound in place (RawStatement.BindPinnedText): the values stay pinned until every statement has run,
        // and no statement keeps a binding into them afterwards.
        fixed (byte* pinned = values)
        {
            try
            {
                var rows = new SqliteRows.Reader(pinned, values.Length);
                var c = _insertArticle;
                for (var p = 1; p <= SqliteRows.ArticleValues; p++)
                {
                    rows.BindNext(c, p);
                }

                c.Bind(SqliteRows.ArticleValues + 1, ingestedAt);
                var id = c.Run() ?? throw new InvalidOperationException("The article insert returned no id.");

                InsertRows(id, ref rows, _insertSentence, SqliteRows.ChildValues[0]);
                InsertRows(id, ref rows, _insertMention, SqliteRows.ChildValues[1]);
                InsertRows(id, ref rows, _insertQuantity, SqliteRows.ChildValues[2]);
                InsertRows(id, ref rows, _insertTime, SqliteRows.ChildValues[3]);
                InsertRows(id, ref rows, _insertClaim, SqliteRows.ChildValues[4]);
                if (!rows.AtEnd)
                {
                    throw new InvalidOperationException("Encoded rows hold more values than the statements take.");
                }

                return id;
            }
            finally
            {
                _insertArticle.ClearBindings();
                _insertSentence.ClearBindings();
                _insertMention.ClearBindings();
                _insertQuantity.ClearBindings();
                _insertTime.ClearBindings();
                _insertClaim.ClearBindings();
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _findArticle.Dispose();
        _insertArticle.Dispose();
        _insertSentence.Dispose();
        _insertMention.Dispose();
        _insertQuantity.Dispose();
        _insertTime.Dispose();
        _insertClaim.Dispose();
    }

    private static void InsertRows(long id, ref SqliteRows.Reader rows, RawStatement statement, int values)
    {
        // Parameters 1 and 2 are the article id and the row's ordinal; the encoded values follow from 3.
        statement.Bind(1, id);
        var count = rows.Count();
        for (var i = 0; i < count; i++)
        {
            statement.Bind(2, i);
            for (var p = 0; p < values; p++)
            {
                rows.BindNext(statement, 3 + p);
            }

            statement.Run();
        }
    }
}
