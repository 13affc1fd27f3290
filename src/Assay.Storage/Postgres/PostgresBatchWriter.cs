using Assay.Core.Claims;
using Npgsql;
using NpgsqlTypes;

namespace Assay.Storage.Postgres;

/// <summary>Writes one batch of extractions inside one transaction: each article with a prepared
/// <c>INSERT … ON CONFLICT (content_hash) DO NOTHING RETURNING id</c>, then every sentence, mention, quantity,
/// time and claim of the batch with one binary COPY per table.</summary>
/// <remarks>The conflict clause makes a concurrent writer of the same article wait for the other transaction and
/// then find its row, so two processes never store one article twice.</remarks>
internal sealed class PostgresBatchWriter : IDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _insertArticle;
    private readonly NpgsqlCommand _findArticle;
    private readonly List<(long Id, ArticleExtraction Extraction)> _added = [];

    /// <summary>Prepares the commands on <paramref name="transaction"/>.</summary>
    public PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _insertArticle = new NpgsqlCommand(
            """
            INSERT INTO articles (content_hash, title, outlet, byline, published, url, kind, location, language, text, paragraphs, captions, word_count, ingested_at)
            VALUES (@hash, @title, @outlet, @byline, @published, @url, @kind, @location, @language, @text, @paragraphs, @captions, @words, @at)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """,
            connection,
            transaction);
        foreach (var name in (string[])["@hash", "@title", "@outlet", "@byline", "@published", "@url", "@kind", "@location", "@language", "@text", "@paragraphs", "@captions", "@at"])
        {
            _insertArticle.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value });
        }

        _insertArticle.Parameters.Add(new NpgsqlParameter("@words", NpgsqlDbType.Integer) { Value = 0 });
        _insertArticle.Prepare();

        _findArticle = new NpgsqlCommand("SELECT id FROM articles WHERE content_hash = @hash", connection, transaction);
        _findArticle.Parameters.Add(new NpgsqlParameter("@hash", NpgsqlDbType.Text) { Value = DBNull.Value });
        _findArticle.Prepare();
    }

    /// <summary>Inserts the article unless one with its content hash is stored; returns its id and whether it was added.
    /// Its extraction is queued for <see cref="Flush"/>.</summary>
    public (long Id, bool Added) Insert(ArticleExtraction extraction, string contentHash, string ingestedAt)
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
        if (c.ExecuteScalar() is long id)
        {
            _added.Add((id, extraction));
            return (id, true);
        }

        Set(_findArticle, "@hash", contentHash);
        return ((long)_findArticle.ExecuteScalar()!, false);
    }

    /// <summary>Copies the rows extracted from every added article into their tables.</summary>
    public void Flush()
    {
        if (_added.Count == 0)
        {
            return;
        }

        CopySentences();
        CopyMentions();
        CopyQuantities();
        CopyTimes();
        CopyClaims();
        _added.Clear();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _insertArticle.Dispose();
        _findArticle.Dispose();
    }

    private void CopySentences()
    {
        using var w = _connection.BeginBinaryImport("COPY sentences (article_id, ordinal, span_start, span_end) FROM STDIN (FORMAT BINARY)");
        foreach (var (id, extraction) in _added)
        {
            for (var i = 0; i < extraction.Sentences.Count; i++)
            {
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                w.Write(i, NpgsqlDbType.Integer);
                w.Write(extraction.Sentences[i].Start, NpgsqlDbType.Integer);
                w.Write(extraction.Sentences[i].End, NpgsqlDbType.Integer);
            }
        }

        w.Complete();
    }

    private void CopyMentions()
    {
        using var w = _connection.BeginBinaryImport(
            "COPY mentions (article_id, ordinal, span_start, span_end, text, actor_id, actor_name, kind, country, cue) FROM STDIN (FORMAT BINARY)");
        foreach (var (id, extraction) in _added)
        {
            for (var i = 0; i < extraction.Mentions.Count; i++)
            {
                var m = extraction.Mentions[i];
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                w.Write(i, NpgsqlDbType.Integer);
                w.Write(m.Span.Start, NpgsqlDbType.Integer);
                w.Write(m.Span.End, NpgsqlDbType.Integer);
                Text(w, m.Text);
                Text(w, m.ActorId);
                Text(w, m.ActorName);
                Text(w, m.Kind.ToString());
                Text(w, m.Country);
                Text(w, m.Cue);
            }
        }

        w.Complete();
    }

    private void CopyQuantities()
    {
        using var w = _connection.BeginBinaryImport(
            """
            COPY quantities (article_id, ordinal, span_start, span_end, text, low, high, qualifier, counted, scope, cue, counted_start, counted_end)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (id, extraction) in _added)
        {
            for (var i = 0; i < extraction.Quantities.Count; i++)
            {
                var q = extraction.Quantities[i];
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                w.Write(i, NpgsqlDbType.Integer);
                w.Write(q.Span.Start, NpgsqlDbType.Integer);
                w.Write(q.Span.End, NpgsqlDbType.Integer);
                Text(w, q.Text);
                Double(w, q.Low);
                Double(w, q.High);
                Text(w, q.Qualifier.ToString());
                Text(w, q.Counted);
                Text(w, q.Scope);
                Text(w, q.Cue);
                Integer(w, q.CountedSpan?.Start);
                Integer(w, q.CountedSpan?.End);
            }
        }

        w.Complete();
    }

    private void CopyTimes()
    {
        using var w = _connection.BeginBinaryImport(
            "COPY times (article_id, ordinal, span_start, span_end, text, value, granularity, relation, cue) FROM STDIN (FORMAT BINARY)");
        foreach (var (id, extraction) in _added)
        {
            for (var i = 0; i < extraction.Times.Count; i++)
            {
                var t = extraction.Times[i];
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                w.Write(i, NpgsqlDbType.Integer);
                w.Write(t.Span.Start, NpgsqlDbType.Integer);
                w.Write(t.Span.End, NpgsqlDbType.Integer);
                Text(w, t.Text);
                Text(w, t.Value);
                Text(w, t.Granularity.ToString());
                Text(w, t.Relation.ToString());
                Text(w, t.Cue);
            }
        }

        w.Complete();
    }

    private void CopyClaims()
    {
        using var w = _connection.BeginBinaryImport(
            """
            COPY claims (article_id, ordinal, claim_id, span_start, span_end, text, event, agent, theme, location,
                         quantity_ordinal, time_ordinal, source, source_actor, source_type, via, stance, certainty, cues)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (id, extraction) in _added)
        {
            for (var i = 0; i < extraction.Claims.Count; i++)
            {
                var claim = extraction.Claims[i];
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                w.Write(i, NpgsqlDbType.Integer);
                Text(w, claim.Id);
                w.Write(claim.Span.Start, NpgsqlDbType.Integer);
                w.Write(claim.Span.End, NpgsqlDbType.Integer);
                Text(w, claim.Text);
                Text(w, claim.Event.ToString());
                Text(w, claim.Agent);
                Text(w, claim.Theme);
                Text(w, claim.Location);
                Integer(w, claim.QuantityIndex);
                Integer(w, claim.TimeIndex);
                Text(w, claim.Source);
                Text(w, claim.SourceActor);
                Text(w, claim.SourceType.ToString());
                Text(w, StoredValues.ListToJson(claim.Via));
                Text(w, claim.Stance.ToString());
                w.Write(claim.Certainty, NpgsqlDbType.Double);
                Text(w, StoredValues.ListToJson(claim.Cues));
            }
        }

        w.Complete();
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Integer(NpgsqlBinaryImporter w, int? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Double(NpgsqlBinaryImporter w, double? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Set(NpgsqlCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;
}
