using System.Data.Common;
using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;

namespace Assay.Storage;

/// <summary>Rebuilds a whole <see cref="ArticleExtraction"/> from its rows.</summary>
internal static class StoredExtractionLoader
{
    /// <summary>The extraction of article <paramref name="articleId"/>, or null when there is none.</summary>
    public static ArticleExtraction? Load(DbConnection connection, long articleId)
    {
        var article = LoadArticle(connection, articleId);
        if (article is null)
        {
            return null;
        }

        var sentences = ReadAll(
            connection,
            "SELECT span_start, span_end FROM sentences WHERE article_id = @a ORDER BY ordinal",
            articleId,
            r => new TextSpan(r.GetInt32(0), r.GetInt32(1)));
        var mentions = ReadAll(
            connection,
            "SELECT span_start, span_end, text, actor_id, actor_name, kind, country, cue FROM mentions WHERE article_id = @a ORDER BY ordinal",
            articleId,
            r => new Mention(
                new TextSpan(r.GetInt32(0), r.GetInt32(1)),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                Enum.Parse<ActorKind>(r.GetString(5)),
                StoredRows.NullableString(r, 6),
                r.GetString(7)));
        var quantities = ReadAll(
            connection,
            $"SELECT {StoredRows.QuantityColumns("q")} FROM quantities q WHERE q.article_id = @a ORDER BY q.ordinal",
            articleId,
            r => StoredRows.Quantity(r, 0)!);
        var times = ReadAll(
            connection,
            $"SELECT {StoredRows.TimeColumns("t")} FROM times t WHERE t.article_id = @a ORDER BY t.ordinal",
            articleId,
            r => StoredRows.Time(r, 0)!);
        var claims = ReadAll(
            connection,
            $"SELECT {StoredRows.ClaimColumns("c")} FROM claims c WHERE c.article_id = @a ORDER BY c.ordinal",
            articleId,
            r => StoredRows.Claim(r, 0));
        return new ArticleExtraction(article, sentences, mentions, quantities, times, claims);
    }

    private static Article? LoadArticle(DbConnection connection, long articleId)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT text, paragraphs, title, outlet, byline, published, url, kind, captions, location, language FROM articles WHERE id = @a";
        DbParameters.Add(command, "@a", articleId);
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        return new Article(r.GetString(0), StoredValues.SpansFromJson(r.GetString(1)))
        {
            Title = StoredRows.NullableString(r, 2),
            Outlet = StoredRows.NullableString(r, 3),
            Byline = StoredRows.NullableString(r, 4),
            Published = StoredRows.NullableDate(r, 5),
            Url = StoredRows.NullableString(r, 6),
            Kind = Enum.Parse<ArticleKind>(r.GetString(7)),
            Captions = StoredValues.ListFromJson(r.GetString(8)),
            Location = StoredRows.NullableString(r, 9),
            Language = StoredRows.NullableString(r, 10),
        };
    }

    private static List<T> ReadAll<T>(DbConnection connection, string sql, long articleId, Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        DbParameters.Add(command, "@a", articleId);
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(map(reader));
        }

        return items;
    }
}
