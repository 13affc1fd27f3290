namespace Assay.Web.Api.Models;

/// <summary>An evidence item (row) with its ratings and what it does to the result.</summary>
/// <remarks>
/// <c>ratings</c>: Rating per hypothesis id ("H1": "CC"); unrated cells left out.<br/>
/// <c>weight</c>: Credibility × relevance.<br/>
/// <c>diagnosticity</c>: Spread of its ratings across the hypotheses; 0 when it rates them all alike.<br/>
/// <c>leader_changes_without</c>: Leaving it out changes the leader(s) under the mode asked for.<br/>
/// <c>leader_changes_reversed</c>: Reading it backwards changes the leader(s): the result hangs on it.
/// </remarks>
public sealed record AchEvidenceModel(
    string Id,
    string Text,
    string Credibility,
    string Relevance,
    string Type,
    DateTimeOffset? Date,
    string? Code,
    string? Notes,
    string? Link,
    bool Flagged,
    string? Proposition,
    string? Origin,
    IReadOnlyDictionary<string, string> Ratings,
    double Weight,
    double Diagnosticity,
    bool LeaderChangesWithout,
    bool LeaderChangesReversed);
