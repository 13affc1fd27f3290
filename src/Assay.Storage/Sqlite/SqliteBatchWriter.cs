using Assay.Core.Claims;
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

    /// <summary>Inserts an article and everything extracted from it; returns the new article id.</summary>
    public long Insert(ArticleExtraction extraction, string contentHash, string ingestedAt)
    {
        var article = extraction.Article;
        var c = _insertArticle;
        c.Bind(1, contentHash);
        c.Bind(2, article.Title);
        c.Bind(3, article.Outlet);
        c.Bind(4, article.Byline);
        c.Bind(5, StoredValues.DateToDb(article.Published) as string);
        c.Bind(6, article.Url);
        c.Bind(7, article.Kind.ToString());
        c.Bind(8, article.Location);
        c.Bind(9, article.Language);
        c.Bind(10, article.Text);
        c.Bind(11, StoredValues.SpansToJson(article.Paragraphs));
        c.Bind(12, StoredValues.ListToJson(article.Captions));
        c.Bind(13, article.WordCount);
        c.Bind(14, ingestedAt);
        var id = c.Run() ?? throw new InvalidOperationException("The article insert returned no id.");

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
        _findArticle.Dispose();
        _insertArticle.Dispose();
        _insertSentence.Dispose();
        _insertMention.Dispose();
        _insertQuantity.Dispose();
        _insertTime.Dispose();
        _insertClaim.Dispose();
    }

    private void InsertSentences(long id, ArticleExtraction extraction)
    {
        var c = _insertSentence;
        c.Bind(1, id);
        for (var i = 0; i < extraction.Sentences.Count; i++)
        {
            c.Bind(2, i);
            c.Bind(3, extraction.Sentences[i].Start);
            c.Bind(4, extraction.Sentences[i].End);
            c.Run();
        }
    }

    private void InsertMentions(long id, ArticleExtraction extraction)
    {
        var c = _insertMention;
        c.Bind(1, id);
        for (var i = 0; i < extraction.Mentions.Count; i++)
        {
            var m = extraction.Mentions[i];
            c.Bind(2, i);
            c.Bind(3, m.Span.Start);
            c.Bind(4, m.Span.End);
            c.Bind(5, m.Text);
            c.Bind(6, m.ActorId);
            c.Bind(7, m.ActorName);
            c.Bind(8, m.Kind.ToString());
            c.Bind(9, m.Country);
            c.Bind(10, m.Cue);
            c.Run();
        }
    }

    private void InsertQuantities(long id, ArticleExtraction extraction)
    {
        var c = _insertQuantity;
        c.Bind(1, id);
        for (var i = 0; i < extraction.Quantities.Count; i++)
        {
            var q = extraction.Quantities[i];
            c.Bind(2, i);
            c.Bind(3, q.Span.Start);
            c.Bind(4, q.Span.End);
            c.Bind(5, q.Text);
            c.Bind(6, q.Low);
            c.Bind(7, q.High);
            c.Bind(8, q.Qualifier.ToString());
            c.Bind(9, q.Counted);
            c.Bind(10, q.Scope);
            c.Bind(11, q.Cue);
            c.Bind(12, q.CountedSpan?.Start);
            c.Bind(13, q.CountedSpan?.End);
            c.Run();
        }
    }

    private void InsertTimes(long id, ArticleExtraction extraction)
    {
        var c = _insertTime;
        c.Bind(1, id);
        for (var i = 0; i < extraction.Times.Count; i++)
        {
            var t = extraction.Times[i];
            c.Bind(2, i);
            c.Bind(3, t.Span.Start);
            c.Bind(4, t.Span.End);
            c.Bind(5, t.Text);
            c.Bind(6, t.Value);
            c.Bind(7, t.Granularity.ToString());
            c.Bind(8, t.Relation.ToString());
            c.Bind(9, t.Cue);
            c.Run();
        }
    }

    private void InsertClaims(long id, ArticleExtraction extraction)
    {
        var c = _insertClaim;
        c.Bind(1, id);
        for (var i = 0; i < extraction.Claims.Count; i++)
        {
            var claim = extraction.Claims[i];
            c.Bind(2, i);
            c.Bind(3, claim.Id);
            c.Bind(4, claim.Span.Start);
            c.Bind(5, claim.Span.End);
            c.Bind(6, claim.Text);
            c.Bind(7, claim.Event.ToString());
            c.Bind(8, claim.Agent);
            c.Bind(9, claim.Theme);
            c.Bind(10, claim.Location);
            c.Bind(11, claim.QuantityIndex);
            c.Bind(12, claim.TimeIndex);
            c.Bind(13, claim.Source);
            c.Bind(14, claim.SourceActor);
            c.Bind(15, claim.SourceType.ToString());
            c.Bind(16, StoredValues.ListToJson(claim.Via));
            c.Bind(17, claim.Stance.ToString());
            c.Bind(18, claim.Certainty);
            c.Bind(19, StoredValues.ListToJson(claim.Cues));
            c.Run();
        }
    }
}
