using System.Diagnostics.CodeAnalysis;
using Assay.Core.Claims;
using Assay.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>The claim filters of <c>GET /claims</c> and the claim exports, read from the query and applied to the store.</summary>
internal sealed record ClaimFilter(ClaimQuery Query, DateOnly? Until, string? FullText)
{
    /// <summary>Most full-text hits read for <c>q</c>.</summary>
    private const int SearchDepth = 1000;

    /// <summary>Reads the filters from the query; a 400 naming the parameter when one is wrong.</summary>
    public static bool TryRead(ClaimFilterParameters query, [NotNullWhen(true)] out ClaimFilter? filter, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(query);
        filter = null;
        if (!QueryValues.TryEnum<Stance>(query.Stance, "stance", out var stance, out problem)
            || !QueryValues.TryEnum<EventType>(query.Event, "event", out var eventType, out problem)
            || !QueryValues.TryDate(query.Since, "since", out var since, out problem)
            || !QueryValues.TryDate(query.Until, "until", out var until, out problem)
            || !QueryValues.TryLong(query.Article, "article", out var article, out problem))
        {
            return false;
        }

        filter = new ClaimFilter(
            new ClaimQuery
            {
                Subject = Blank(query.Subject),
                Source = Blank(query.Source),
                Text = Blank(query.Text),
                Stance = stance,
                Event = eventType,
                Since = since,
                ArticleId = article,
            },
            until,
            Blank(query.Q));
        return true;
    }

    /// <summary>True when the store can stop reading at a page's end: no filter is applied after the store's query.</summary>
    public bool ReadsInStore => Until is null && FullText is null;

    /// <summary>The matching claims in the store's order: publication then text order, or newest first with <c>text</c>;
    /// at most <paramref name="reach"/> of them when the store's query is the whole filter.</summary>
    public List<StoredClaim> Apply(IStore store, int? reach = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (reach is { } most && ReadsInStore)
        {
            return [.. store.Claims(Query with { Limit = most })];
        }

        HashSet<long>? articles = FullText is null ? null : [.. store.Search(FullText, SearchDepth).Select(h => h.ArticleId)];
        return [.. store.Claims(Query)
            .Where(c => Until is null || (c.Published is { } p && p <= Until))
            .Where(c => articles is null || articles.Contains(c.ArticleId))];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
