using Assay.Storage;

namespace Assay.Web.Api.Models;

/// <summary>A decision in the history, as <c>assay history --json</c> shows it.</summary>
/// <remarks>
/// <c>subject</c>: What it is about: a claim reference, an origin id, a matrix name.<br/>
/// <c>undone_at</c>: When it was undone; null while in force.
/// </remarks>
public sealed record DecisionModel(
    long Id, string Kind, string Subject, string? Other, string? Value, string? Note, DateTimeOffset MadeAt, DateTimeOffset? UndoneAt, string? UndoNote)
{
    /// <summary>The model of a stored decision.</summary>
    public static DecisionModel From(StoredDecision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.Kind, d.Subject, d.Other, d.Value, d.Note, d.MadeAt, d.UndoneAt, d.UndoNote);
    }
}
