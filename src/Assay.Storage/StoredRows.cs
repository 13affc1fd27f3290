using System.Data.Common;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;

namespace Assay.Storage;

/// <summary>Column lists and row readers shared by the queries that return claims, quantities, times and
/// articles, so each column order is written once; both stores read through it.</summary>
internal static class StoredRows
{
    /// <summary>Number of columns in <see cref="ClaimColumns"/>.</summary>
    public const int ClaimColumnCount = 18;

    /// <summary>Number of columns in <see cref="QuantityColumns"/>.</summary>
    public const int QuantityColumnCount = 12;

    /// <summary>Number of columns in <see cref="ArticleColumns"/>.</summary>
    public const int ArticleColumnCount = 11;

    /// <summary>Claim columns of table alias <paramref name="c"/>, read by <see cref="Claim"/>.</summary>
    public static string ClaimColumns(string c) =>
        $"{c}.claim_id, {c}.span_start, {c}.span_end, {c}.text, {c}.event, {c}.agent, {c}.theme, {c}.location, " +
        $"{c}.quantity_ordinal, {c}.time_ordinal, {c}.source, {c}.source_actor, {c}.source_type, {c}.via, " +
        $"{c}.stance, {c}.certainty, {c}.cues, {c}.ordinal";

    /// <summary>Quantity columns of table alias <paramref name="q"/>, read by <see cref="Quantity"/>.</summary>
    public static string QuantityColumns(string q) =>
        $"{q}.ordinal, {q}.span_start, {q}.span_end, {q}.text, {q}.low, {q}.high, {q}.qualifier, {q}.cue, " +
        $"{q}.counted, {q}.scope, {q}.counted_start, {q}.counted_end";

    /// <summary>Time columns of table alias <paramref name="t"/>, read by <see cref="Time"/>.</summary>
    public static string TimeColumns(string t) =>
        $"{t}.ordinal, {t}.span_start, {t}.span_end, {t}.text, {t}.value, {t}.granularity, {t}.relation, {t}.cue";

    /// <summary>Article metadata columns of table alias <paramref name="a"/>, read by <see cref="Article"/>.</summary>
    public static string ArticleColumns(string a) =>
        $"{a}.id, {a}.content_hash, {a}.title, {a}.outlet, {a}.byline, {a}.published, {a}.url, {a}.kind, {a}.location, " +
        $"{a}.word_count, (SELECT CAST(COUNT(*) AS INTEGER) FROM claims n WHERE n.article_id = {a}.id)";

    /// <summary>Reads a claim starting at column <paramref name="at"/>.</summary>
    public static Claim Claim(DbDataReader r, int at) => new()
    {
        Id = r.GetString(at),
        Span = new TextSpan(r.GetInt32(at + 1), r.GetInt32(at + 2)),
        Text = r.GetString(at + 3),
        Event = Enum.Parse<EventType>(r.GetString(at + 4)),
        Agent = NullableString(r, at + 5),
        Theme = NullableString(r, at + 6),
        Location = NullableString(r, at + 7),
        QuantityIndex = NullableInt(r, at + 8),
        TimeIndex = NullableInt(r, at + 9),
        Source = r.GetString(at + 10),
        SourceActor = NullableString(r, at + 11),
        SourceType = Enum.Parse<SourceType>(r.GetString(at + 12)),
        Via = StoredValues.ListFromJson(r.GetString(at + 13)),
        Stance = Enum.Parse<Stance>(r.GetString(at + 14)),
        Certainty = r.GetDouble(at + 15),
        Cues = StoredValues.ListFromJson(r.GetString(at + 16)),
    };

    /// <summary>Reads a quantity starting at column <paramref name="at"/>, or null when the (outer-joined) row is absent.</summary>
    public static Quantity? Quantity(DbDataReader r, int at)
    {
        if (r.IsDBNull(at))
        {
            return null;
        }

        var countedStart = NullableInt(r, at + 10);
        var countedEnd = NullableInt(r, at + 11);
        return new Quantity(
            new TextSpan(r.GetInt32(at + 1), r.GetInt32(at + 2)),
            r.GetString(at + 3),
            NullableDouble(r, at + 4),
            NullableDouble(r, at + 5),
            Enum.Parse<QuantityQualifier>(r.GetString(at + 6)),
            r.GetString(at + 7))
        {
            Counted = NullableString(r, at + 8),
            Scope = NullableString(r, at + 9),
            CountedSpan = countedStart is { } s && countedEnd is { } e ? new TextSpan(s, e) : null,
        };
    }

    /// <summary>Reads a time reference starting at column <paramref name="at"/>, or null when the (outer-joined) row is absent.</summary>
    public static TimeRef? Time(DbDataReader r, int at) =>
        r.IsDBNull(at)
            ? null
            : new TimeRef(
                new TextSpan(r.GetInt32(at + 1), r.GetInt32(at + 2)),
                r.GetString(at + 3),
                r.GetString(at + 4),
                Enum.Parse<TimeGranularity>(r.GetString(at + 5)),
                Enum.Parse<TimeRelation>(r.GetString(at + 6)),
                r.GetString(at + 7));

    /// <summary>Reads article metadata starting at column <paramref name="at"/>.</summary>
    public static StoredArticle Article(DbDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetString(at + 1),
        NullableString(r, at + 2),
        NullableString(r, at + 3),
        NullableString(r, at + 4),
        NullableDate(r, at + 5),
        NullableString(r, at + 6),
        Enum.Parse<Assay.Core.Articles.ArticleKind>(r.GetString(at + 7)),
        NullableString(r, at + 8),
        r.GetInt32(at + 9),
        r.GetInt32(at + 10));

    /// <summary>A text column that may be null.</summary>
    public static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>An ISO date column that may be null.</summary>
    public static DateOnly? NullableDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : StoredValues.DateFromDb(r.GetString(i));

    private static int? NullableInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
