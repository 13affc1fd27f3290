namespace Assay.Storage;

/// <summary>A recorded decision, with when it was made and, if it was undone, when and why.</summary>
public sealed record StoredDecision(
    long Id,
    string Kind,
    string Subject,
    string? Other,
    string? Value,
    string? Note,
    DateTimeOffset MadeAt,
    DateTimeOffset? UndoneAt,
    string? UndoNote)
{
    /// <summary>True while the decision has not been undone.</summary>
    public bool InForce => UndoneAt is null;
}
