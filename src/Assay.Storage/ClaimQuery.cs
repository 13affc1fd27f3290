using Assay.Core.Claims;

namespace Assay.Storage;

/// <summary>Filters for <see cref="IStore.Claims"/>; null filters match everything.</summary>
public sealed record ClaimQuery
{
    /// <summary>Case-insensitive substring of the counted subject or the theme.</summary>
    public string? Subject { get; init; }

    /// <summary>Words that must all appear in the claim's subject, source (or the chain it came through), place or
    /// agent, as a full-text search reads them: whole words, case and accents ignored, a trailing * for a prefix,
    /// the bare words "the", "a" and "an" dropped.
    /// When set, the newest stored claims come first instead of publication order, so one page is read without
    /// sorting every match.</summary>
    public string? Text { get; init; }

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

    /// <summary>Newest published first (then the newest stored, then text order), instead of publication order; with
    /// <see cref="Limit"/>, the latest claims of a store too large to picture whole.</summary>
    /// <remarks>Ignored when <see cref="Text"/> is set, whose matches come newest stored first already.</remarks>
    public bool NewestFirst { get; init; }

    /// <summary>At most this many claims.</summary>
    public int Limit { get; init; } = int.MaxValue;
}
