namespace Assay.Web.Api;

/// <summary>One page of a list: the items, how many there are in all, and the link to the next page.</summary>
/// <param name="Items">The items of this page, in the list's stable order.</param>
/// <param name="Total">How many items match in all; null when there are more than the request read (a list read only as far
/// as its page, such as the claims of a large store): follow <paramref name="Next"/>.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Offset">How many items come before this page.</param>
/// <param name="Next">The path and query of the next page; null on the last.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int? Total, int Limit, int Offset, string? Next);
