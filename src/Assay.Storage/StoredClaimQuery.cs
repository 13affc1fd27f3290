using System.Data.Common;
using System.Text;

namespace Assay.Storage;

/// <summary>Builds and runs the claim queries: claims joined to their article, quantity and time, filtered
/// and in publication order (undated last), then article, then text order.</summary>
internal static class StoredClaimQuery
{
    private static readonly string Select =
        $"""
        SELECT a.id, a.title, a.outlet, a.published,
               {StoredRows.ClaimColumns("c")},
               {StoredRows.QuantityColumns("q")},
               {StoredRows.TimeColumns("t")}
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN quantities q ON q.article_id = c.article_id AND q.ordinal = c.quantity_ordinal
        LEFT JOIN times t ON t.article_id = c.article_id AND t.ordinal = c.time_ordinal
        """;

    /// <summary>Runs <paramref name="query"/>; <paramref name="quantityRequired"/> keeps only claims with a quantity,
    /// and <paramref name="countedSubject"/> matches the quantity's counted subject only. <paramref name="textSearch"/>
    /// is the store's own full-text search, used when the query has <see cref="ClaimQuery.Text"/>.</summary>
    public static IReadOnlyList<StoredClaim> Run(
        DbConnection connection,
        ClaimQuery query,
        bool quantityRequired,
        string? countedSubject = null,
        ClaimTextSearch? textSearch = null)
    {
        if (query.Limit <= 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var sql = new StringBuilder(Select);
        var where = new List<string>();
        var orderBy = query.NewestFirst ? " ORDER BY a.published DESC NULLS LAST, a.id DESC, c.ordinal" : " ORDER BY a.published NULLS LAST, a.id, c.ordinal";
        if (query.Text is { } text)
        {
            if (textSearch?.Condition(command, text) is not { } condition)
            {
                // Nothing searchable in the text: no claim can match it.
                return [];
            }

            sql.Append(' ').Append(textSearch.Join);
            where.Add(condition);
            orderBy = " ORDER BY " + textSearch.OrderBy;
        }

        if (quantityRequired)
        {
            where.Add("q.ordinal IS NOT NULL");
        }

        if (countedSubject is not null)
        {
            where.Add(@"lower(q.counted) LIKE @counted ESCAPE '\'");
            DbParameters.Add(command, "@counted", StoredValues.ContainsPattern(countedSubject));
        }

        if (query.Subject is { } subject)
        {
            where.Add(@"(lower(q.counted) LIKE @subject ESCAPE '\' OR lower(c.theme) LIKE @subject ESCAPE '\')");
            DbParameters.Add(command, "@subject", StoredValues.ContainsPattern(subject));
        }

        if (query.Source is { } source)
        {
            where.Add(@"(lower(c.source) LIKE @source ESCAPE '\' OR lower(c.via) LIKE @via ESCAPE '\')");
            DbParameters.Add(command, "@source", StoredValues.ContainsPattern(source));
            DbParameters.Add(command, "@via", StoredValues.JsonElementContainsPattern(source));
        }

        if (query.Event is { } eventType)
        {
            where.Add("c.event = @event");
            DbParameters.Add(command, "@event", eventType.ToString());
        }

        if (query.Stance is { } stance)
        {
            where.Add("c.stance = @stance");
            DbParameters.Add(command, "@stance", stance.ToString());
        }

        if (query.Since is { } since)
        {
            where.Add("a.published >= @since");
            DbParameters.Add(command, "@since", StoredValues.DateToDb(since));
        }

        if (query.ArticleId is { } articleId)
        {
            where.Add("c.article_id = @article");
            DbParameters.Add(command, "@article", articleId);
        }

        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        sql.Append(orderBy).Append(" LIMIT @limit");
        DbParameters.Add(command, "@limit", query.Limit);
        command.CommandText = sql.ToString();
        return Read(command);
    }

    private static List<StoredClaim> Read(DbCommand command)
    {
        const int ClaimAt = 4;
        const int QuantityAt = ClaimAt + StoredRows.ClaimColumnCount;
        const int TimeAt = QuantityAt + StoredRows.QuantityColumnCount;
        using var r = command.ExecuteReader();
        var claims = new List<StoredClaim>();
        while (r.Read())
        {
            claims.Add(new StoredClaim(
                r.GetInt64(0),
                StoredRows.NullableString(r, 1),
                StoredRows.NullableString(r, 2),
                StoredRows.NullableDate(r, 3),
                StoredRows.Claim(r, ClaimAt),
                StoredRows.Quantity(r, QuantityAt),
                StoredRows.Time(r, TimeAt)));
        }

        return claims;
    }
}
