using System.Text;
using Npgsql;

namespace Assay.Storage.Postgres;

/// <summary>Builds and runs the claim queries: claims joined to their article, quantity and time, filtered
/// and in publication order (undated last), then article, then text order, as on SQLite.</summary>
internal static class PostgresClaimQuery
{
    private static readonly string Select =
        $"""
        SELECT a.id, a.title, a.outlet, a.published,
               {PostgresRows.ClaimColumns("c")},
               {PostgresRows.QuantityColumns("q")},
               {PostgresRows.TimeColumns("t")}
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN quantities q ON q.article_id = c.article_id AND q.ordinal = c.quantity_ordinal
        LEFT JOIN times t ON t.article_id = c.article_id AND t.ordinal = c.time_ordinal
        """;

    /// <summary>Runs <paramref name="query"/>; <paramref name="quantityRequired"/> keeps only claims with a quantity,
    /// and <paramref name="countedSubject"/> matches the quantity's counted subject only.</summary>
    public static IReadOnlyList<StoredClaim> Run(
        NpgsqlConnection connection,
        ClaimQuery query,
        bool quantityRequired,
        string? countedSubject = null)
    {
        if (query.Limit <= 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var sql = new StringBuilder(Select);
        var where = new List<string>();
        if (quantityRequired)
        {
            where.Add("q.ordinal IS NOT NULL");
        }

        if (countedSubject is not null)
        {
            where.Add(@"lower(q.counted) LIKE @counted ESCAPE '\'");
            command.Parameters.AddWithValue("@counted", StoredValues.ContainsPattern(countedSubject));
        }

        if (query.Subject is { } subject)
        {
            where.Add(@"(lower(q.counted) LIKE @subject ESCAPE '\' OR lower(c.theme) LIKE @subject ESCAPE '\')");
            command.Parameters.AddWithValue("@subject", StoredValues.ContainsPattern(subject));
        }

        if (query.Source is { } source)
        {
            where.Add(@"(lower(c.source) LIKE @source ESCAPE '\' OR lower(c.via) LIKE @via ESCAPE '\')");
            command.Parameters.AddWithValue("@source", StoredValues.ContainsPattern(source));
            command.Parameters.AddWithValue("@via", StoredValues.JsonElementContainsPattern(source));
        }

        if (query.Event is { } eventType)
        {
            where.Add("c.event = @event");
            command.Parameters.AddWithValue("@event", eventType.ToString());
        }

        if (query.Stance is { } stance)
        {
            where.Add("c.stance = @stance");
            command.Parameters.AddWithValue("@stance", stance.ToString());
        }

        if (query.Since is { } since)
        {
            where.Add("a.published >= @since");
            command.Parameters.AddWithValue("@since", StoredValues.DateToDb(since));
        }

        if (query.ArticleId is { } articleId)
        {
            where.Add("c.article_id = @article");
            command.Parameters.AddWithValue("@article", articleId);
        }

        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        sql.Append(" ORDER BY a.published NULLS LAST, a.id, c.ordinal LIMIT @limit");
        command.Parameters.AddWithValue("@limit", query.Limit);
        command.CommandText = sql.ToString();
        return Read(command);
    }

    private static List<StoredClaim> Read(NpgsqlCommand command)
    {
        const int ClaimAt = 4;
        const int QuantityAt = ClaimAt + PostgresRows.ClaimColumnCount;
        const int TimeAt = QuantityAt + PostgresRows.QuantityColumnCount;
        using var r = command.ExecuteReader();
        var claims = new List<StoredClaim>();
        while (r.Read())
        {
            claims.Add(new StoredClaim(
                r.GetInt64(0),
                PostgresRows.NullableString(r, 1),
                PostgresRows.NullableString(r, 2),
                PostgresRows.NullableDate(r, 3),
                PostgresRows.Claim(r, ClaimAt),
                PostgresRows.Quantity(r, QuantityAt),
                PostgresRows.Time(r, TimeAt)));
        }

        return claims;
    }
}
