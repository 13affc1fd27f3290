using Assay.Core.Claims;

namespace Assay.Storage;

/// <summary>Filters for <see cref="IStore.Claims"/>; null filters match everything.</summary>
public sealed record ClaimQuery
{
    /// <summary>Case-insensitive substring of the counted subject or the theme.</summary>
    public string? Subject { get; init; }

    /// <summary>Case-insensitive substring of the source or any via.</summary>
    public string? Source { get; init; }

    /// <summary>Event type.</summary>
    public EventType? Event { get; init; }

    /// <summary>Stance.</summary>
    public Stance? Stance { get; init; }

    /// <summary>Only claims from articles published on or after this date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only claims from this article.</summary>
    public long? ArticleId { get; init; }

    /// <summary>At most this many claims.</summary>
    public int Limit { get; init; } = int.MaxValue;
}
