using System.Globalization;
using Assay.Core.Claims;
using Microsoft.Data.Sqlite;

namespace Assay.Storage.Sqlite;

/// <summary>Writes one batch of extractions inside one transaction with prepared commands reused for every row.</summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _findArticle;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertSentence;
    private readonly SqliteCommand _insertMention;
    private readonly SqliteCommand _insertQuantity;
    private readonly SqliteCommand _insertTime;
    private readonly SqliteCommand _insertClaim;

    /// <summary>Prepares the commands on <paramref name="transaction"/>.</summary>
    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _findArticle = Prepare(connection, transaction, "SELECT id FROM articles WHERE content_hash = @hash", "@hash");
        _insertArticle = Prepare(
            connection,
            transaction,
            """
            INSERT INTO articles (content_hash, title, outlet, byline, published, url, kind, location, language, text, paragraphs, captions, word_count, ingested_at)
            VALUES (@hash, @title, @outlet, @byline, @published, @url, @kind, @location, @language, @text, @paragraphs, @captions, @words, @at)
            RETURNING id
            """,
            "@hash", "@title", "@outlet", "@byline", "@published", "@url", "@kind", "@location", "@language", "@text", "@paragraphs", "@captions", "@words", "@at");
        _insertSentence = Prepare(
            connection,
            transaction,
            "INSERT INTO sentences (article_id, ordinal, span_start, span_end) VALUES (@a, @o, @s, @e)",
            "@a", "@o", "@s", "@e");
        _insertMention = Prepare(
            connection,
            transaction,
            """
            INSERT INTO mentions (article_id, ordinal, span_start, span_end, text, actor_id, actor_name, kind, country, cue)
            VALUES (@a, @o, @s, @e, @text, @actor, @name, @kind, @country, @cue)
            """,
            "@a", "@o", "@s", "@e", "@text", "@actor", "@name", "@kind", "@country", "@cue");
        _insertQuantity = Prepare(
            connection,
            transaction,
            """
            INSERT INTO quantities (article_id, ordinal, span_start, span_end, text, low, high, qualifier, counted, scope, cue, counted_start, counted_end)
            VALUES (@a, @o, @s, @e, @text, @low, @high, @qualifier, @counted, @scope, @cue, @cs, @ce)
            """,
            "@a", "@o", "@s", "@e", "@text", "@low", "@high", "@qualifier", "@counted", "@scope", "@cue", "@cs", "@ce");
        _insertTime = Prepare(
            connection,
            transaction,
            """
            INSERT INTO times (article_id, ordinal, span_start, span_end, text, value, granularity, relation, cue)
            VALUES (@a, @o, @s, @e, @text, @value, @granularity, @relation, @cue)
            """,
            "@a", "@o", "@s", "@e", "@text", "@value", "@granularity", "@relation", "@cue");
        _insertClaim = Prepare(
            connection,
            transaction,
            """
            INSERT INTO claims (article_id, ordinal, claim_id, span_start, span_end, text, event, agent, theme, location,
                                quantity_ordinal, time_ordinal, source, source_actor, source_type, via, stance, certainty, cues)
            VALUES (@a, @o, @id, @s, @e, @text, @event, @agent, @theme, @location,
                    @quantity, @time, @source, @sourceActor, @sourceType, @via, @stance, @certainty, @cues)
            """,
            "@a", "@o", "@id", "@s", "@e", "@text", "@event", "@agent", "@theme", "@location",
            "@quantity", "@time", "@source", "@sourceActor", "@sourceType", "@via", "@stance", "@certainty", "@cues");
    }

    /// <summary>The id of the stored article with this content hash, or null.</summary>
    public long? FindArticle(string contentHash)
    {
        Set(_findArticle, "@hash", contentHash);
        return _findArticle.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>Inserts an article and everything extracted from it; returns the new article id.</summary>
    public long Insert(ArticleExtraction extraction, string contentHash, string ingestedAt)
    {
        var article = extraction.Article;
        var c = _insertArticle;
        Set(c, "@hash", contentHash);
        Set(c, "@title", article.Title);
        Set(c, "@outlet", article.Outlet);
        Set(c, "@byline", article.Byline);
        c.Parameters["@published"].Value = StoredValues.DateToDb(article.Published);
        Set(c, "@url", article.Url);
        Set(c, "@kind", article.Kind.ToString());
        Set(c, "@location", article.Location);
        Set(c, "@language", article.Language);
        Set(c, "@text", article.Text);
        Set(c, "@paragraphs", StoredValues.SpansToJson(article.Paragraphs));
        Set(c, "@captions", StoredValues.ListToJson(article.Captions));
        Set(c, "@words", article.WordCount);
        Set(c, "@at", ingestedAt);
        var id = Convert.ToInt64(c.ExecuteScalar(), CultureInfo.InvariantCulture);

        InsertSentences(id, extraction);
        InsertMentions(id, extraction);
        InsertQuantities(id, extraction);
        InsertTimes(id, extraction);
        InsertClaims(id, extraction);
        return id;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    private void InsertSentences(long id, ArticleExtraction extraction)
    {
        var c = _insertSentence;
        Set(c, "@a", id);
        for (var i = 0; i < extraction.Sentences.Count; i++)
        {
            Set(c, "@o", i);
            Set(c, "@s", extraction.Sentences[i].Start);
            Set(c, "@e", extraction.Sentences[i].End);
            c.ExecuteNonQuery();
        }
    }

    private void InsertMentions(long id, ArticleExtraction extraction)
    {
        var c = _insertMention;
        Set(c, "@a", id);
        for (var i = 0; i < extraction.Mentions.Count; i++)
        {
            var m = extraction.Mentions[i];
            Set(c, "@o", i);
            Set(c, "@s", m.Span.Start);
            Set(c, "@e", m.Span.End);
            Set(c, "@text", m.Text);
            Set(c, "@actor", m.ActorId);
            Set(c, "@name", m.ActorName);
            Set(c, "@kind", m.Kind.ToString());
            Set(c, "@country", m.Country);
            Set(c, "@cue", m.Cue);
            c.ExecuteNonQuery();
        }
    }

    private void InsertQuantities(long id, ArticleExtraction extraction)
    {
        var c = _insertQuantity;
        Set(c, "@a", id);
        for (var i = 0; i < extraction.Quantities.Count; i++)
        {
            var q = extraction.Quantities[i];
            Set(c, "@o", i);
            Set(c, "@s", q.Span.Start);
            Set(c, "@e", q.Span.End);
            Set(c, "@text", q.Text);
            Set(c, "@low", q.Low);
            Set(c, "@high", q.High);
            Set(c, "@qualifier", q.Qualifier.ToString());
            Set(c, "@counted", q.Counted);
            Set(c, "@scope", q.Scope);
            Set(c, "@cue", q.Cue);
            Set(c, "@cs", q.CountedSpan?.Start);
            Set(c, "@ce", q.CountedSpan?.End);
            c.ExecuteNonQuery();
        }
    }

    private void InsertTimes(long id, ArticleExtraction extraction)
    {
        var c = _insertTime;
        Set(c, "@a", id);
        for (var i = 0; i < extraction.Times.Count; i++)
        {
            var t = extraction.Times[i];
            Set(c, "@o", i);
            Set(c, "@s", t.Span.Start);
            Set(c, "@e", t.Span.End);
            Set(c, "@text", t.Text);
            Set(c, "@value", t.Value);
            Set(c, "@granularity", t.Granularity.ToString());
            Set(c, "@relation", t.Relation.ToString());
            Set(c, "@cue", t.Cue);
            c.ExecuteNonQuery();
        }
    }

    private void InsertClaims(long id, ArticleExtraction extraction)
    {
        var c = _insertClaim;
        Set(c, "@a", id);
        for (var i = 0; i < extraction.Claims.Count; i++)
        {
            var claim = extraction.Claims[i];
            Set(c, "@o", i);
            Set(c, "@id", claim.Id);
            Set(c, "@s", claim.Span.Start);
            Set(c, "@e", claim.Span.End);
            Set(c, "@text", claim.Text);
            Set(c, "@event", claim.Event.ToString());
            Set(c, "@agent", claim.Agent);
            Set(c, "@theme", claim.Theme);
            Set(c, "@location", claim.Location);
            Set(c, "@quantity", claim.QuantityIndex);
            Set(c, "@time", claim.TimeIndex);
            Set(c, "@source", claim.Source);
            Set(c, "@sourceActor", claim.SourceActor);
            Set(c, "@sourceType", claim.SourceType.ToString());
            Set(c, "@via", StoredValues.ListToJson(claim.Via));
            Set(c, "@stance", claim.Stance.ToString());
            Set(c, "@certainty", claim.Certainty);
            Set(c, "@cues", StoredValues.ListToJson(claim.Cues));
            c.ExecuteNonQuery();
        }
    }

    private SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        _commands.Add(command);
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;
}
