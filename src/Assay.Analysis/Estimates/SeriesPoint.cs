using Assay.Analysis.Story;

namespace Assay.Analysis.Estimates;

/// <summary>One origin's figure on one date, with every claim that carried it (repeats by other outlets collapse here).</summary>
/// <param name="Point">The figure, its origin, date, scope and status.</param>
/// <param name="Claims">The claims that state it, oldest first.</param>
/// <param name="Outlets">Distinct outlets that carried it.</param>
/// <param name="Revision">How it moves from the origin's previous like-for-like figure.</param>
/// <param name="Previous">That previous figure, when there is one.</param>
/// <param name="Excluded">Why it is left out of the pool (resting on a refuted report), or null.</param>
public sealed record SeriesPoint(
    EstimatePoint Point,
    IReadOnlyList<ClaimRef> Claims,
    IReadOnlyList<string> Outlets,
    RevisionDirection Revision,
    EstimatePoint? Previous,
    string? Excluded);
