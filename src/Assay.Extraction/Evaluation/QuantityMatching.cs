using Assay.Core.Text;

namespace Assay.Extraction.Evaluation;

/// <summary>The one-to-one pairing of gold and predicted quantities in one article.</summary>
/// <param name="Pairs">Matched pairs, ordered by gold index.</param>
/// <param name="UnmatchedGold">Gold indices with no prediction (misses), in order.</param>
/// <param name="UnmatchedPredicted">Predicted indices with no gold quantity (false hits), in order.</param>
/// <param name="GoldLocations">Per gold index: the occurrence it matched at, else the occurrence it was expected at,
/// else null when its text is not in the body.</param>
public sealed record QuantityMatching(
    IReadOnlyList<QuantityPair> Pairs,
    IReadOnlyList<int> UnmatchedGold,
    IReadOnlyList<int> UnmatchedPredicted,
    IReadOnlyList<TextSpan?> GoldLocations);
