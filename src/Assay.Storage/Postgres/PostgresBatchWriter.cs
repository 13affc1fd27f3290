using Assay.Core.Articles;
using Assay.Core.Claims;
using Npgsql;
using NpgsqlTypes;

namespace Assay.Storage.Postgres;

/// <summary>Writes one batch of extractions inside one transaction: per chunk, each content hash is claimed in the
/// <c>article_hashes</c> gate with a fresh id (<c>INSERT … ON CONFLICT DO NOTHING RETURNING</c>) and only the
/// claimed articles are inserted, with those ids; then every sentence, mention, quantity, time and claim of the new
/// ones goes in with one binary COPY per table.</summary>
/// <remarks>The gate's primary key makes a concurrent writer of the same hash wait for the other transaction and
/// then get nothing back, so two processes never store one article twice; it is also what lets <c>articles</c> be
/// distributed by id on a cluster, where a unique hash on <c>articles</c> could not be enforced.</remarks>
internal sealed class PostgresBatchWriter
{
    // Bounds one statement's parameters: a chunk of long articles stays a few megabytes.
    private const int ChunkSize = 500;

    // A conflicting hash still draws an id, so ids have gaps, as the identity column had under ON CONFLICT.
    private const string ClaimHashes =
        """
        INSERT INTO article_hashes (content_hash, article_id)
        SELECT h, nextval('article_ids') FROM unnest(@hash) AS x (h)
        ON CONFLICT (content_hash) DO NOTHING
        RETURNING content_hash, article_id
        """;

    private const string InsertArticles =
        """
        INSERT INTO articles (id, content_hash, title, outlet, byline, published, url, kind, location, language, text, paragraphs, captions, word_count, ingested_at)
        SELECT i, h, ti, o, b, p, u, k, l, la, te, pa, ca, w, @at
        FROM unnest(@id, @hash, @title, @outlet, @byline, @published, @url, @kind, @location, @language, @text, @paragraphs, @captions, @words)
             AS x (i, h, ti, o, b, p, u, k, l, la, te, pa, ca, w)
        """;

    private const string FindStored = "SELECT content_hash, article_id FROM article_hashes WHERE content_hash = ANY(@hashes)";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<(long Id, ArticleExtraction Extraction)> _added = [];

    /// <summary>Writes on <paramref name="transaction"/>.</summary>
    public PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Inserts every article whose content hash is not stored yet (the batch holds each hash once) and
    /// returns, in batch order, each one's id and whether it was added. New extractions are queued for <see cref="Flush"/>.</summary>
    public IReadOnlyList<(long Id, bool Added)> Insert(IReadOnlyList<ArticleExtraction> articles, string ingestedAt)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        // Every writer takes the gate's key locks in content-hash order, so two writers saving overlapping batches
        // wait for each other instead of deadlocking.
        var ordered = articles.OrderBy(a => a.Article.ContentHash, StringComparer.Ordinal).ToList();
        for (var from = 0; from < ordered.Count; from += ChunkSize)
        {
            InsertChunk(ordered, from, Math.Min(from + ChunkSize, ordered.Count), ingestedAt, ids);
        }

        var added = new HashSet<string>(ids.Keys, StringComparer.Ordinal);
        var stored = articles.Select(a => a.Article.ContentHash).Where(h => !ids.ContainsKey(h)).ToArray();
        if (stored.Length > 0)
        {
            using var find = new NpgsqlCommand(FindStored, _connection, _transaction);
            find.Parameters.Add(new NpgsqlParameter("@hashes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = stored });
            using var reader = find.ExecuteReader();
            while (reader.Read())
            {
                ids[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var results = new (long Id, bool Added)[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var hash = articles[i].Article.ContentHash;
            results[i] = (ids[hash], added.Contains(hash));
            if (results[i].Added)
            {
                _added.Add((results[i].Id, articles[i]));
            }
        }

        return results;
    }

    private void InsertChunk(List<ArticleExtraction> articles, int from, int to, string ingestedAt, Dictionary<string, long> ids)
    {
        var hashes = new string[to - from];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = articles[from + i].Article.ContentHash;
        }

        var claimed = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var claim = new NpgsqlCommand(ClaimHashes, _connection, _transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter("@hash", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = hashes });
            using var reader = claim.ExecuteReader();
            while (reader.Read())
            {
                claimed[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        if (claimed.Count == 0)
        {
            return;
        }

        var won = new List<Article>(claimed.Count);
        for (var i = from; i < to; i++)
        {
            if (claimed.ContainsKey(articles[i].Article.ContentHash))
            {
                won.Add(articles[i].Article);
            }
        }

        var n = won.Count;
        var columns = new string?[12][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new string?[n];
        }

        var articleIds = new long[n];
        var words = new int[n];
        for (var i = 0; i < n; i++)
        {
            var a = won[i];
            articleIds[i] = claimed[a.ContentHash];
            columns[0][i] = a.ContentHash;
            columns[1][i] = a.Title;
            columns[2][i] = a.Outlet;
            columns[3][i] = a.Byline;
            columns[4][i] = StoredValues.DateToDb(a.Published) as string;
            columns[5][i] = a.Url;
            columns[6][i] = a.Kind.ToString();
            columns[7][i] = a.Location;
            columns[8][i] = a.Language;
            columns[9][i] = a.Text;
            columns[10][i] = StoredValues.SpansToJson(a.Paragraphs);
            columns[11][i] = StoredValues.ListToJson(a.Captions);
            words[i] = a.WordCount;
        }

        using var command = new NpgsqlCommand(InsertArticles, _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter("@id", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = articleIds });
        string[] names = ["@hash", "@title", "@outlet", "@byline", "@published", "@url", "@kind", "@location", "@language", "@text", "@paragraphs", "@captions"];
        for (var c = 0; c < names.Length; c++)
        {
            command.Parameters.Add(new NpgsqlParameter(names[c], NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = columns[c] });
        }

        command.Parameters.Add(new NpgsqlParameter("@words", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = words });
        command.Parameters.Add(new NpgsqlParameter("@at", NpgsqlDbType.Text) { Value = ingestedAt });
        command.ExecuteNonQuery();
        foreach (var (hash, id) in claimed)
        {
            ids[hash] = id;
        }
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
}
