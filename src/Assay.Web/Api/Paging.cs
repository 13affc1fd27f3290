using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace Assay.Web.Api;

/// <summary>The <c>?limit=&amp;offset=</c> of a list request, read and checked.</summary>
/// <param name="Limit">Page size, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="Offset">Items to skip, zero or more.</param>
internal readonly record struct Paging(int Limit, int Offset)
{
    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 500;

    /// <summary>How many items a list read only as far as this page must read: the page and one more, which tells
    /// whether a next page exists.</summary>
    public int Reach => Offset + Limit + 1;

    /// <summary>Reads the parameters; a 400 naming the parameter when one is not a number in range.</summary>
    public static bool TryRead(string? limit, string? offset, out Paging paging, out ProblemHttpResult? problem)
    {
        paging = default;
        problem = null;
        var l = DefaultLimit;
        var o = 0;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out l) || l < 1 || l > MaxLimit))
        {
            problem = ApiProblems.BadParameter("limit", $"'{limit}' is not a page size: give a whole number from 1 to {MaxLimit}");
            return false;
        }

        if (offset is not null && (!int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out o) || o < 0))
        {
            problem = ApiProblems.BadParameter("offset", $"'{offset}' is not an offset: give a whole number, 0 or more");
            return false;
        }

        paging = new Paging(l, o);
        return true;
    }

    /// <summary>The page of <paramref name="all"/> this paging selects, with the link to the next page built from the
    /// request's own path and query so the filters carry over.</summary>
    /// <param name="all">Every match, or, when <paramref name="complete"/> is false, the matches up to at least one past
    /// this page (<see cref="Reach"/>): then the total is known only if the list ended before that.</param>
    /// <param name="request">The request, whose path and query the next link repeats.</param>
    /// <param name="complete">False when <paramref name="all"/> was read only as far as <see cref="Reach"/>.</param>
    public Page<T> Apply<T>(IReadOnlyList<T> all, HttpRequest request, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        var items = all.Skip(Offset).Take(Limit).ToList();
        string? next = null;
        var more = Offset + Limit < all.Count;
        if (more)
        {
            next = NextLink(request);
        }

        return new Page<T>(items, complete || !more ? all.Count : null, Limit, Offset, next);
    }

    // The request's own path and query with the next offset, so the filters carry over.
    private string NextLink(HttpRequest request)
    {
        var query = request.Query
            .Where(q => q.Key is not ("offset" or "limit"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("limit", Limit.ToString(CultureInfo.InvariantCulture)))
            .Append(new KeyValuePair<string, string?>("offset", (Offset + Limit).ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }

    /// <summary>A page whose items the store already selected (<paramref name="items"/>, at most <see cref="Limit"/>, from
    /// <see cref="Offset"/>) out of <paramref name="total"/> matches.</summary>
    public Page<T> Of<T>(IReadOnlyList<T> items, int total, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(request);
        return new Page<T>(items, total, Limit, Offset, Offset + Limit < total ? NextLink(request) : null);
    }

    /// <summary>The page of <paramref name="all"/>, its items turned into what the API shows only once they are on it.</summary>
    public Page<TOut> Apply<TIn, TOut>(IReadOnlyList<TIn> all, HttpRequest request, Func<TIn, TOut> map, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(map);
        var page = Apply(all, request, complete);
        return new Page<TOut>([.. page.Items.Select(map)], page.Total, page.Limit, page.Offset, page.Next);
    }
}
