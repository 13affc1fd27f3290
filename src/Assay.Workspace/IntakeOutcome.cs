namespace Assay.Workspace;

/// <summary>What happened to one input: stored (new or already there) with its article id, or refused with why.</summary>
/// <param name="Location">The input ("upload.html", "paste", "feed.jsonl:12").</param>
/// <param name="ArticleId">The stored article's id; null when refused.</param>
/// <param name="Added">True when the article was new; false when it was stored before, or refused.</param>
/// <param name="Error">Why it was refused (naming the line where the reader knows it); null when stored.</param>
public sealed record IntakeOutcome(string Location, long? ArticleId, bool Added, string? Error);
