namespace Assay.Analysis.Ach;

/// <summary>An ACH matrix: hypotheses across, evidence down, one rating per cell.</summary>
/// <remarks>Immutable: the <c>With…</c> methods return a new matrix. Equality compares every field, the lists in
/// order and the ratings as a set of cells.</remarks>
public sealed record AchMatrix
{
    private static readonly IReadOnlyDictionary<AchCell, AchRating> NoRatings = new Dictionary<AchCell, AchRating>();

    /// <summary>The matrix's name in Assay ("troops").</summary>
    public required string Name { get; init; }

    /// <summary>A readable title (PARC's PROJECTTITLE).</summary>
    public string? Title { get; init; }

    /// <summary>The question the matrix answers, or any notes on it.</summary>
    public string? Notes { get; init; }

    /// <summary>PARC's CLASSIFICATION marking, kept as found.</summary>
    public string? Classification { get; init; }

    /// <summary>Hypotheses in column order.</summary>
    public IReadOnlyList<AchHypothesis> Hypotheses { get; init; } = [];

    /// <summary>Evidence in row order.</summary>
    public IReadOnlyList<AchEvidence> Evidence { get; init; } = [];

    /// <summary>The rated cells; a cell absent here is not yet rated.</summary>
    public IReadOnlyDictionary<AchCell, AchRating> Ratings { get; init; } = NoRatings;

    /// <summary>The rating of a cell, or null when not yet rated.</summary>
    public AchRating? Rating(string evidenceId, string hypothesisId) =>
        Ratings.TryGetValue(new AchCell(evidenceId, hypothesisId), out var rating) ? rating : null;

    /// <summary>The hypothesis with this id (case-insensitive), or null.</summary>
    public AchHypothesis? FindHypothesis(string id) =>
        Hypotheses.FirstOrDefault(h => string.Equals(h.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The evidence item with this id (case-insensitive), or null.</summary>
    public AchEvidence? FindEvidence(string id) =>
        Evidence.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>This matrix with a hypothesis added as the last column.</summary>
    public AchMatrix WithHypothesis(AchHypothesis hypothesis) => this with { Hypotheses = [.. Hypotheses, hypothesis] };

    /// <summary>This matrix with an evidence item added as the last row.</summary>
    public AchMatrix WithEvidence(AchEvidence evidence) => this with { Evidence = [.. Evidence, evidence] };

    /// <summary>This matrix with one cell rated (a later rating of the same cell replaces the earlier).</summary>
    public AchMatrix WithRating(string evidenceId, string hypothesisId, AchRating rating)
    {
        var ratings = new Dictionary<AchCell, AchRating>(Ratings) { [new AchCell(evidenceId, hypothesisId)] = rating };
        return this with { Ratings = ratings };
    }

    /// <summary>True when both matrices hold the same fields, lists and ratings.</summary>
    public bool Equals(AchMatrix? other) =>
        other is not null
        && Name == other.Name
        && Title == other.Title
        && Notes == other.Notes
        && Classification == other.Classification
        && Hypotheses.SequenceEqual(other.Hypotheses)
        && Evidence.SequenceEqual(other.Evidence)
        && Ratings.Count == other.Ratings.Count
        && Ratings.All(r => other.Ratings.TryGetValue(r.Key, out var v) && v == r.Value);

    /// <summary>A hash over the name and the sizes, consistent with <see cref="Equals(AchMatrix?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Name, Title, Hypotheses.Count, Evidence.Count, Ratings.Count);
}
