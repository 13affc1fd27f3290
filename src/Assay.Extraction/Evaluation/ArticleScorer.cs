using System.Globalization;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;

namespace Assay.Extraction.Evaluation;

/// <summary>Scores one article's extraction against its gold file: a pure function of the two.</summary>
/// <remarks>
/// Quantities are paired by <see cref="QuantityMatcher"/>. The bounds of a pair are right or wrong (a wrong pair
/// is one false positive and one false negative); an unmatched prediction is a false positive, an unmatched gold
/// quantity a false negative. Every other field is read from the predicted quantity (<c>counted</c>) or from the
/// first claim whose <see cref="Claim.QuantityIndex"/> points at it (source, via, stance, event, time; null when no
/// claim carries it). For those: a pair with equal non-null values is a true positive; a non-null predicted value
/// that is wrong, or on an unmatched prediction, is a false positive; a non-null gold value that is wrong or missed
/// is a false negative; null against null counts nothing.
/// </remarks>
public sealed class ArticleScorer
{
    private static readonly int FieldCount = Enum.GetValues<EvalField>().Length;
    private readonly SourceResolver _resolver;

    /// <summary>Creates a scorer that resolves source aliases with <paramref name="resolver"/>.</summary>
    public ArticleScorer(SourceResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolver = resolver;
    }

    /// <summary>The scorer over the default actor lexicon.</summary>
    public static ArticleScorer Default { get; } = new(SourceResolver.Default);

    /// <summary>Scores <paramref name="extraction"/> against <paramref name="gold"/>.</summary>
    public ArticleEvaluation Score(GoldArticle gold, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extraction);
        var body = extraction.Article.Text;
        var matching = QuantityMatcher.Match(body, gold.Quantities, extraction.Quantities);
        var claims = ClaimsByQuantity(extraction);
        var scores = new FieldScore[FieldCount];
        var source = default(Accuracy);
        var stance = default(Accuracy);
        var findings = new List<EvaluationFinding>();

        foreach (var pair in matching.Pairs)
        {
            var g = gold.Quantities[pair.Gold];
            var predicted = Predicted(extraction, claims, pair.Predicted);
            var differences = new List<FieldDifference>();
            if (FieldComparison.SameBounds(g.Low, g.High, predicted.Quantity.Low, predicted.Quantity.High))
            {
                Count(scores, EvalField.Quantity, tp: 1);
            }
            else
            {
                Count(scores, EvalField.Quantity, fp: 1, fn: 1);
                differences.Add(new FieldDifference(EvalField.Quantity, Bounds(g.Low, g.High), Bounds(predicted.Quantity.Low, predicted.Quantity.High)));
            }

            foreach (var field in (EvalField[])[EvalField.Counted, EvalField.Source, EvalField.Via, EvalField.Stance, EvalField.Event, EvalField.Time])
            {
                var expected = GoldValue(g, field);
                var got = PredictedValue(predicted, field);
                var equal = expected is not null && got is not null && Same(field, g, predicted);
                if (equal)
                {
                    Count(scores, field, tp: 1);
                }
                else if (expected is not null || got is not null)
                {
                    Count(scores, field, fp: got is null ? 0 : 1, fn: expected is null ? 0 : 1);
                    differences.Add(new FieldDifference(field, expected, got));
                }

                if (field == EvalField.Source && !string.Equals(g.SourceType, "outlet", StringComparison.OrdinalIgnoreCase))
                {
                    source += new Accuracy(equal ? 1 : 0, 1);
                }
                else if (field == EvalField.Stance)
                {
                    stance += new Accuracy(equal ? 1 : 0, 1);
                }
            }

            if (differences.Count > 0)
            {
                findings.Add(new EvaluationFinding(gold.Name, gold.Story, pair.Occurrence.Start, g.Text, FindingKind.Wrong, differences));
            }
        }

        foreach (var index in matching.UnmatchedPredicted)
        {
            var predicted = Predicted(extraction, claims, index);
            foreach (var field in Enum.GetValues<EvalField>())
            {
                if (PredictedValue(predicted, field) is not null)
                {
                    Count(scores, field, fp: 1);
                }
            }

            var q = predicted.Quantity;
            findings.Add(new EvaluationFinding(gold.Name, gold.Story, q.Span.Start, q.Text, FindingKind.FalseHit, [new FieldDifference(EvalField.Quantity, null, Bounds(q.Low, q.High))]));
        }

        foreach (var index in matching.UnmatchedGold)
        {
            var g = gold.Quantities[index];
            foreach (var field in Enum.GetValues<EvalField>())
            {
                if (GoldValue(g, field) is not null)
                {
                    Count(scores, field, fn: 1);
                }
            }

            findings.Add(new EvaluationFinding(gold.Name, gold.Story, matching.GoldLocations[index]?.Start, g.Text, FindingKind.Miss, [new FieldDifference(EvalField.Quantity, Bounds(g.Low, g.High), null)]));
        }

        findings.Sort((a, b) => (a.Offset ?? -1).CompareTo(b.Offset ?? -1));
        var sheet = new ScoreSheet(scores, source, stance, 1, gold.Quantities.Count, extraction.Quantities.Count, matching.Pairs.Count);
        return new ArticleEvaluation(gold, sheet, matching, findings);
    }

    private bool Same(EvalField field, GoldQuantity gold, PredictedQuantity predicted) => field switch
    {
        EvalField.Counted => FieldComparison.SameCounted(gold.Counted!, predicted.Quantity.Counted!),
        EvalField.Source => SameSource(gold, predicted.Claim!),
        EvalField.Via => SameParty(gold.Via[0], predicted.Claim!.Via[0], null),
        EvalField.Stance => FieldComparison.SameEnum(gold.Stance!, predicted.Claim!.Stance),
        EvalField.Event => FieldComparison.SameEnum(gold.Event!, predicted.Claim!.Event),
        EvalField.Time => FieldComparison.SameTime(gold.Time!, predicted.Time!),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Bounds are compared apart."),
    };

    // The outlet speaking for itself is right whatever name the reader gave the outlet.
    private bool SameSource(GoldQuantity gold, Claim claim) =>
        (string.Equals(gold.SourceType, "outlet", StringComparison.OrdinalIgnoreCase) && claim.SourceType == SourceType.Outlet)
        || SameParty(gold.Source!, claim.Source, claim.SourceActor);

    private bool SameParty(string gold, string predicted, string? predictedActor)
    {
        if (FieldComparison.SameName(gold, predicted))
        {
            return true;
        }

        var goldActor = _resolver.Resolve(gold);
        return goldActor is not null && (goldActor == predictedActor || goldActor == _resolver.Resolve(predicted));
    }

    private static string? GoldValue(GoldQuantity gold, EvalField field) => field switch
    {
        EvalField.Quantity => Bounds(gold.Low, gold.High),
        EvalField.Counted => gold.Counted,
        EvalField.Source => gold.Source,
        EvalField.Via => gold.Via.Count == 0 ? null : string.Join(", ", gold.Via),
        EvalField.Stance => gold.Stance,
        EvalField.Event => gold.Event,
        EvalField.Time => gold.Time,
        _ => null,
    };

    private static string? PredictedValue(PredictedQuantity predicted, EvalField field) => field switch
    {
        EvalField.Quantity => Bounds(predicted.Quantity.Low, predicted.Quantity.High),
        EvalField.Counted => predicted.Quantity.Counted,
        EvalField.Source => predicted.Claim?.Source,
        EvalField.Via => predicted.Claim is { Via.Count: > 0 } c ? string.Join(", ", c.Via) : null,
        EvalField.Stance => predicted.Claim is { } c ? c.Stance.ToString().ToLowerInvariant() : null,
        EvalField.Event => predicted.Claim is { } c ? c.Event.ToString().ToLowerInvariant() : null,
        EvalField.Time => predicted.Time,
        _ => null,
    };

    private static PredictedQuantity Predicted(ArticleExtraction extraction, Dictionary<int, Claim> claims, int index)
    {
        var claim = claims.GetValueOrDefault(index);
        var time = claim?.TimeIndex is { } t && t >= 0 && t < extraction.Times.Count ? extraction.Times[t].Value : null;
        return new PredictedQuantity(extraction.Quantities[index], claim, time);
    }

    private static Dictionary<int, Claim> ClaimsByQuantity(ArticleExtraction extraction)
    {
        var claims = new Dictionary<int, Claim>();
        foreach (var claim in extraction.Claims)
        {
            if (claim.QuantityIndex is { } q)
            {
                claims.TryAdd(q, claim);
            }
        }

        return claims;
    }

    private static void Count(FieldScore[] scores, EvalField field, int tp = 0, int fp = 0, int fn = 0) =>
        scores[(int)field] += new FieldScore(tp, fp, fn);

    /// <summary>Bounds as text: "1500", "1500-12000", "&gt;=1500", "&lt;=12000".</summary>
    internal static string Bounds(double? low, double? high) => (low, high) switch
    {
        ({ } l, { } h) when l == h => Number(l),
        ({ } l, { } h) => Number(l) + "-" + Number(h),
        ({ } l, null) => ">=" + Number(l),
        (null, { } h) => "<=" + Number(h),
        _ => "?",
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
