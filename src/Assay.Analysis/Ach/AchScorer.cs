namespace Assay.Analysis.Ach;

/// <summary>Scores an ACH matrix: PARC's inconsistency and weighted inconsistency, diagnosticity, sensitivity, and a
/// likelihood reading with normalised posteriors (docs/ach.md).</summary>
public static class AchScorer
{
    // Scores are sums of a few products of √2: two hypotheses whose scores differ by less than this are tied.
    private const double TieTolerance = 1e-9;

    /// <summary>Scores every hypothesis, finds the leaders under each mode, and tests each item's sensitivity under
    /// <paramref name="mode"/>.</summary>
    public static AchAnalysis Analyse(
        AchMatrix matrix, AchScoreMode mode = AchScoreMode.Weighted, AchLikelihoodOptions? options = null, IReadOnlyList<double>? priors = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= AchLikelihoodOptions.Default;
        var inconsistency = Inconsistency(matrix);
        var weighted = Weighted(matrix);
        var posteriors = Posteriors(matrix, options, priors);
        var scores = matrix.Hypotheses
            .Select((h, i) => new AchHypothesisScore(h.Id, inconsistency[i], weighted[i], posteriors[i]))
            .ToList();

        var leaders = Leaders(matrix, mode, options, priors);
        var evidence = new List<AchEvidenceScore>(matrix.Evidence.Count);
        foreach (var item in matrix.Evidence)
        {
            var without = matrix with { Evidence = [.. matrix.Evidence.Where(e => e.Id != item.Id)] };
            var reversed = Reversed(matrix, item.Id);
            evidence.Add(new AchEvidenceScore(
                item.Id,
                item.Credibility.Value() * item.Relevance.Value(),
                Diagnosticity(matrix, item.Id),
                !leaders.SequenceEqual(Leaders(without, mode, options, priors)),
                !leaders.SequenceEqual(Leaders(reversed, mode, options, priors))));
        }

        return new AchAnalysis(
            mode,
            scores,
            evidence,
            Top(inconsistency.Select(s => (double)s).ToList(), matrix),
            Top(weighted, matrix),
            Top(posteriors, matrix));
    }

    /// <summary>S_h = Σ_e v(e,h) per hypothesis in column order, with I −1, II −2 and every other rating 0.</summary>
    public static IReadOnlyList<int> Inconsistency(AchMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return [.. matrix.Hypotheses.Select(h => matrix.Evidence.Sum(e => matrix.Rating(e.Id, h.Id)?.Inconsistency() ?? 0))];
    }

    /// <summary>WS_h = Σ_e Cred(e)·Rel(e)·v(e,h) per hypothesis in column order (High √2, Medium 1, Low 1/√2).</summary>
    public static IReadOnlyList<double> Weighted(AchMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return [.. matrix.Hypotheses.Select(h => matrix.Evidence.Sum(e =>
            e.Credibility.Value() * e.Relevance.Value() * (matrix.Rating(e.Id, h.Id)?.Inconsistency() ?? 0)))];
    }

    /// <summary>The spread of an item's ratings across hypotheses: the population standard deviation of CC 2, C 1, N 0,
    /// I −1, II −2, with NA and unrated cells left out; 0 when fewer than two cells are rated.</summary>
    public static double Diagnosticity(AchMatrix matrix, string evidenceId)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var values = matrix.Hypotheses
            .Select(h => matrix.Rating(evidenceId, h.Id)?.Numeric())
            .OfType<int>()
            .ToList();
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    /// <summary>P(h | evidence) per hypothesis in column order; they sum to 1 (empty for a matrix without hypotheses).</summary>
    /// <remarks>Each cell is read as P(E|H) and shrunk by credibility (<see cref="AchLikelihoodOptions"/>). Items that
    /// share an <see cref="AchEvidence.OriginId"/> are one group whose log-likelihood for a hypothesis is the mean of
    /// its rated members' (ten outlets repeating one agency weigh as one item); an item without an origin is a group
    /// of its own. NA and unrated cells are left out (log-likelihood 0). The prior is uniform unless
    /// <paramref name="priors"/> (in column order, any positive scale) is given. Computed in log space and normalised
    /// with log-sum-exp.</remarks>
    public static IReadOnlyList<double> Posteriors(AchMatrix matrix, AchLikelihoodOptions? options = null, IReadOnlyList<double>? priors = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= AchLikelihoodOptions.Default;
        var n = matrix.Hypotheses.Count;
        if (priors is not null && (priors.Count != n || priors.Any(p => !(p > 0))))
        {
            throw new ArgumentException($"priors must be {n} positive numbers, one per hypothesis", nameof(priors));
        }

        var log = new double[n];
        for (var i = 0; i < n; i++)
        {
            log[i] = priors is null ? 0 : Math.Log(priors[i]);
        }

        var groups = matrix.Evidence.GroupBy(e => e.OriginId is { Length: > 0 } origin ? "origin:" + origin : "item:" + e.Id, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            for (var i = 0; i < n; i++)
            {
                var h = matrix.Hypotheses[i].Id;
                var members = group
                    .Select(e => matrix.Rating(e.Id, h) is { } r && options.Likelihood(r) is { } l
                        ? Math.Log(Shrunk(l, options.Shrink(e.Credibility)))
                        : (double?)null)
                    .OfType<double>()
                    .ToList();
                if (members.Count > 0)
                {
                    log[i] += members.Average();
                }
            }
        }

        if (n == 0)
        {
            return [];
        }

        var max = log.Max();
        var total = max + Math.Log(log.Sum(l => Math.Exp(l - max)));
        return [.. log.Select(l => Math.Exp(l - total))];
    }

    /// <summary>The leading hypotheses under a mode: least negative score, or highest posterior; several on a tie.</summary>
    public static IReadOnlyList<string> Leaders(
        AchMatrix matrix, AchScoreMode mode, AchLikelihoodOptions? options = null, IReadOnlyList<double>? priors = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        IReadOnlyList<double> scores = mode switch
        {
            AchScoreMode.Inconsistency => [.. Inconsistency(matrix).Select(s => (double)s)],
            AchScoreMode.Likelihood => Posteriors(matrix, options, priors),
            _ => Weighted(matrix),
        };
        return Top(scores, matrix);
    }

    private static double Shrunk(double likelihood, double credibility) => (credibility * likelihood) + ((1 - credibility) * 0.5);

    private static List<string> Top(IReadOnlyList<double> scores, AchMatrix matrix)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var best = scores.Max();
        return [.. matrix.Hypotheses.Where((_, i) => best - scores[i] <= TieTolerance).Select(h => h.Id)];
    }

    private static AchMatrix Reversed(AchMatrix matrix, string evidenceId)
    {
        var ratings = matrix.Ratings.ToDictionary(r => r.Key, r => r.Key.EvidenceId == evidenceId ? r.Value.Mirror() : r.Value);
        return matrix with { Ratings = ratings };
    }
}
