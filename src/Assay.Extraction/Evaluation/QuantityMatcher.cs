using Assay.Core.Quantities;
using Assay.Core.Text;

namespace Assay.Extraction.Evaluation;

/// <summary>Pairs gold quantities with predicted ones by where they stand in the body.</summary>
/// <remarks>
/// Each gold text is looked up in the body (<see cref="TextOccurrences"/>): all its occurrences are candidates.
/// Each gold entry also gets an expected occurrence: walking the entries in file order, the first free occurrence
/// at or after the previous entry's, else the first free one anywhere; so the second "17" of a file expects the
/// second "17" of the text, and a "1,000" inside an earlier "more than 1,000" is not taken twice. A predicted
/// quantity can pair with a gold one when its span overlaps one of that gold text's occurrences. Pairs are then
/// chosen one-to-one, greedily: largest overlap first, then the gold entry's expected occurrence, then text order
/// of the prediction, then file order of the gold entry.
/// </remarks>
public static class QuantityMatcher
{
    /// <summary>Matches <paramref name="gold"/> against <paramref name="predicted"/> in <paramref name="body"/>.</summary>
    public static QuantityMatching Match(string body, IReadOnlyList<GoldQuantity> gold, IReadOnlyList<Quantity> predicted)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var occurrences = gold.Select(g => TextOccurrences.Find(body, g.Text)).ToList();
        var expected = ExpectedOccurrences(occurrences);

        var edges = new List<(int Gold, int Predicted, TextSpan Occurrence, int Overlap, bool Expected)>();
        for (var g = 0; g < gold.Count; g++)
        {
            foreach (var occurrence in occurrences[g])
            {
                for (var p = 0; p < predicted.Count; p++)
                {
                    var span = predicted[p].Span;
                    if (span.Overlaps(occurrence))
                    {
                        var overlap = Math.Min(span.End, occurrence.End) - Math.Max(span.Start, occurrence.Start);
                        edges.Add((g, p, occurrence, overlap, expected[g] == occurrence));
                    }
                }
            }
        }

        edges.Sort((a, b) =>
        {
            var c = b.Overlap.CompareTo(a.Overlap);
            if (c == 0)
            {
                c = b.Expected.CompareTo(a.Expected);
            }

            if (c == 0)
            {
                c = predicted[a.Predicted].Span.Start.CompareTo(predicted[b.Predicted].Span.Start);
            }

            return c != 0 ? c : a.Gold.CompareTo(b.Gold);
        });

        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var pairs = new List<QuantityPair>();
        var locations = expected.ToArray();
        foreach (var edge in edges)
        {
            if (goldTaken[edge.Gold] || predictedTaken[edge.Predicted])
            {
                continue;
            }

            goldTaken[edge.Gold] = true;
            predictedTaken[edge.Predicted] = true;
            pairs.Add(new QuantityPair(edge.Gold, edge.Predicted, edge.Occurrence));
            locations[edge.Gold] = edge.Occurrence;
        }

        pairs.Sort((a, b) => a.Gold.CompareTo(b.Gold));
        var missed = Enumerable.Range(0, gold.Count).Where(g => !goldTaken[g]).ToList();
        var falseHits = Enumerable.Range(0, predicted.Count).Where(p => !predictedTaken[p]).ToList();
        return new QuantityMatching(pairs, missed, falseHits, locations);
    }

    private static TextSpan?[] ExpectedOccurrences(List<IReadOnlyList<TextSpan>> occurrences)
    {
        var expected = new TextSpan?[occurrences.Count];
        var claimed = new List<TextSpan>();
        var cursor = 0;
        for (var g = 0; g < occurrences.Count; g++)
        {
            var free = occurrences[g].Where(o => !claimed.Any(c => c.Overlaps(o))).ToList();
            if (free.Count == 0)
            {
                continue;
            }

            var choice = free.FirstOrDefault(o => o.Start >= cursor, free[0]);
            expected[g] = choice;
            claimed.Add(choice);
            cursor = Math.Max(cursor, choice.End);
        }

        return expected;
    }
}
