using Assay.Analysis.Ach;

namespace Assay.Analysis.Tests.Ach;

/// <summary>Scores worked by hand; the arithmetic is in the comments and in docs/ach.md.</summary>
public sealed class AchScorerTests
{
    private const double Tolerance = 1e-9;

    // Three hypotheses, five items. Weight w = Cred·Rel with High √2, Medium 1, Low 1/√2; v: I −1, II −2, else 0.
    //       cred/rel  w       H1   H2   H3    v(H1) v(H2) v(H3)
    //  E1   H/H       2       C    I    II    0     −1    −2
    //  E2   M/L       0.7071  II   N    C     −2    0     0
    //  E3   L/L       0.5     I    I    CC    −1    −1    0
    //  E4   H/M       1.4142  N    C    I     0     0     −1
    //  E5   M/M       1       NA   I    I     0     −1    −1
    //  S:  H1 = −2−1 = −3;  H2 = −1−1−1 = −3;  H3 = −2−1−1 = −4          → H1 and H2 tie
    //  WS: H1 = −2·0.7071 − 0.5 = −1.9142;  H2 = −2 − 0.5 − 1 = −3.5;
    //      H3 = −4 − 1.4142 − 1 = −6.4142                                 → H1 leads
    internal static AchMatrix WorkedExample() =>
        Matrix(
            ["H1", "H2", "H3"],
            (Item("E1", AchWeight.High, AchWeight.High), "C,I,II"),
            (Item("E2", AchWeight.Medium, AchWeight.Low), "II,N,C"),
            (Item("E3", AchWeight.Low, AchWeight.Low), "I,I,CC"),
            (Item("E4", AchWeight.High, AchWeight.Medium), "N,C,I"),
            (Item("E5", AchWeight.Medium, AchWeight.Medium), "NA,I,I"));

    [Fact]
    public void Inconsistency_WorkedExample_MatchesHandSums()
    {
        // Given the worked example
        var matrix = WorkedExample();

        // When scored without weights
        var scores = AchScorer.Inconsistency(matrix);

        // Then S = −3, −3, −4 and the first two tie for the lead
        Assert.Equal([-3, -3, -4], scores);
        Assert.Equal(["H1", "H2"], AchScorer.Leaders(matrix, AchScoreMode.Inconsistency));
    }

    [Fact]
    public void Weighted_WorkedExample_MatchesHandSums()
    {
        // Given the worked example
        var matrix = WorkedExample();

        // When scored with credibility and relevance
        var scores = AchScorer.Weighted(matrix);

        // Then WS = −(√2 + 0.5), −3.5, −(5 + √2), and H1 alone leads
        Assert.Equal(-(Math.Sqrt(2) + 0.5), scores[0], Tolerance);
        Assert.Equal(-3.5, scores[1], Tolerance);
        Assert.Equal(-(5 + Math.Sqrt(2)), scores[2], Tolerance);
        Assert.Equal(["H1"], AchScorer.Leaders(matrix, AchScoreMode.Weighted));
    }

    [Fact]
    public void Diagnosticity_SameRatingEverywhere_IsZero()
    {
        // Given an item rated II against every hypothesis (a simple sum of inconsistency points would rank it highest)
        var matrix = Matrix(["H1", "H2", "H3"], (Item("E1"), "II,II,II"), (Item("E2"), "C,C,C"));

        // When its diagnosticity is computed
        // Then it is 0: it tells the hypotheses apart no better than an item consistent with all of them
        Assert.Equal(0, AchScorer.Diagnosticity(matrix, "E1"));
        Assert.Equal(0, AchScorer.Diagnosticity(matrix, "E2"));
    }

    [Fact]
    public void Diagnosticity_KnownSpread_IsPopulationStandardDeviation()
    {
        // Given E1 = C, I, II → 1, −1, −2: mean −2/3, squared deviations 25/9 + 1/9 + 16/9 = 42/9, over 3 = 14/9
        // and E3 = I, I, CC → −1, −1, 2: mean 0, squares 1 + 1 + 4 = 6, over 3 = 2
        var matrix = WorkedExample();

        // When their diagnosticity is computed
        // Then √14/3 and √2; E5's NA is left out (I, I → 0)
        Assert.Equal(Math.Sqrt(14) / 3, AchScorer.Diagnosticity(matrix, "E1"), Tolerance);
        Assert.Equal(Math.Sqrt(2), AchScorer.Diagnosticity(matrix, "E3"), Tolerance);
        Assert.Equal(0, AchScorer.Diagnosticity(matrix, "E5"));
    }

    // Two hypotheses. WS: H1 = −1 − 0.5 = −1.5; H2 = −4 − 1 = −5 → H1 leads.
    //  E1 H/H (w 2):   C, II     without it: H1 −1.5, H2 −1 → H2 leads; reversed (I, CC): H1 −3.5, H2 −1 → H2 leads
    //  E2 M/M (w 1):   I, C      without: −0.5 / −5; reversed (C, I): −0.5 / −6          → H1 still
    //  E3 M/M (w 1):   N, I      without: −1.5 / −4; reversed (N, C): −1.5 / −4          → H1 still
    //  E4 L/L (w 0.5): I, N      without: −1 / −5;   reversed (C, N): −1 / −5            → H1 still
    private static AchMatrix Sensitive() =>
        Matrix(
            ["H1", "H2"],
            (Item("E1", AchWeight.High, AchWeight.High), "C,II"),
            (Item("E2"), "I,C"),
            (Item("E3"), "N,I"),
            (Item("E4", AchWeight.Low, AchWeight.Low), "I,N"));

    [Fact]
    public void Analyse_OneLinchpinItem_OnlyItChangesTheLeader()
    {
        // Given a matrix whose lead rests on one heavy item
        var matrix = Sensitive();

        // When analysed under the weighted score
        var analysis = AchScorer.Analyse(matrix, AchScoreMode.Weighted);

        // Then H1 leads, and only E1 changes that, whether left out or read backwards
        Assert.Equal(["H1"], analysis.Leaders);
        Assert.Equal(["E1"], analysis.DecisiveItems);
        Assert.Equal(["E1"], analysis.FlippingItems);
    }

    [Fact]
    public void Analyse_WorkedExample_ReportsScoresPerHypothesis()
    {
        // Given the worked example, when analysed
        var analysis = AchScorer.Analyse(WorkedExample());

        // Then each hypothesis carries both scores, the weights are Cred·Rel, and the posteriors sum to 1
        Assert.Equal([-3, -3, -4], analysis.Hypotheses.Select(h => h.Inconsistency));
        Assert.Equal(2, analysis.Evidence[0].Weight, Tolerance);
        Assert.Equal(0.5, analysis.Evidence[2].Weight, Tolerance);
        Assert.Equal(1, analysis.Hypotheses.Sum(h => h.Posterior), Tolerance);
        Assert.Equal(["H1", "H2"], analysis.InconsistencyLeaders);
        Assert.Equal(["H1"], analysis.WeightedLeaders);
    }

    [Fact]
    public void Posteriors_TwoItems_MatchHandComputation()
    {
        // Given E1 (High credibility: c 0.9) rated C, I and E2 (Medium: c 0.7) rated N, II
        //   E1: L' = 0.9·0.7 + 0.1·0.5 = 0.68 for H1, 0.9·0.3 + 0.05 = 0.32 for H2
        //   E2: L' = 0.7·0.5 + 0.3·0.5 = 0.50 for H1, 0.7·0.1 + 0.15 = 0.22 for H2
        //   H1 ∝ 0.68·0.5 = 0.34; H2 ∝ 0.32·0.22 = 0.0704; total 0.4104
        var matrix = Matrix(["H1", "H2"], (Item("E1", AchWeight.High), "C,I"), (Item("E2"), "N,II"));

        // When the posteriors are computed with a uniform prior
        var posteriors = AchScorer.Posteriors(matrix);

        // Then 0.34/0.4104 and 0.0704/0.4104
        Assert.Equal(0.34 / 0.4104, posteriors[0], Tolerance);
        Assert.Equal(0.0704 / 0.4104, posteriors[1], Tolerance);
        Assert.Equal(["H1"], AchScorer.Leaders(matrix, AchScoreMode.Likelihood));
    }

    [Fact]
    public void Posteriors_TwoItemsOfOneOrigin_WeighAsOne()
    {
        // Given one High-credibility item rated C, I (posteriors 0.68, 0.32), and the same report carried twice
        var single = Matrix(["H1", "H2"], (Item("E1", AchWeight.High) with { OriginId = "source:nis" }, "C,I"));
        var twice = Matrix(
            ["H1", "H2"],
            (Item("E1", AchWeight.High) with { OriginId = "source:nis" }, "C,I"),
            (Item("E2", AchWeight.High) with { OriginId = "source:nis" }, "C,I"));
        var independent = Matrix(["H1", "H2"], (Item("E1", AchWeight.High), "C,I"), (Item("E2", AchWeight.High), "C,I"));

        // When the posteriors are computed
        var one = AchScorer.Posteriors(single);
        var echoed = AchScorer.Posteriors(twice);
        var two = AchScorer.Posteriors(independent);

        // Then the echo changes nothing, while two independent items count twice: 0.68² / (0.68² + 0.32²)
        Assert.Equal(0.68, one[0], Tolerance);
        Assert.Equal(one[0], echoed[0], Tolerance);
        Assert.Equal(one[1], echoed[1], Tolerance);
        Assert.Equal(0.4624 / (0.4624 + 0.1024), two[0], Tolerance);
    }

    [Fact]
    public void Posteriors_GivenPrior_MultipliesIn()
    {
        // Given one Medium item rated C, I: L' = 0.7·0.7 + 0.15 = 0.64 and 0.7·0.3 + 0.15 = 0.36, and a prior of 1:3
        var matrix = Matrix(["H1", "H2"], (Item("E1"), "C,I"));

        // When the posteriors are computed with that prior
        var posteriors = AchScorer.Posteriors(matrix, priors: [1, 3]);

        // Then 0.64 / (0.64 + 3·0.36)
        Assert.Equal(0.64 / (0.64 + 1.08), posteriors[0], Tolerance);
    }

    [Fact]
    public void Posteriors_NotApplicableCell_IsLeftOutForThatHypothesis()
    {
        // Given one Medium item rated NA for H1 and C for H2: H1's log-likelihood stays 0 (likelihood 1), H2's is ln 0.64
        var matrix = Matrix(["H1", "H2"], (Item("E1"), "NA,C"));

        // When the posteriors are computed
        var posteriors = AchScorer.Posteriors(matrix);

        // Then 1 / (1 + 0.64): documented in docs/ach.md as the price of leaving NA out
        Assert.Equal(1 / 1.64, posteriors[0], Tolerance);
    }

    internal static AchEvidence Item(string id, AchWeight credibility = AchWeight.Medium, AchWeight relevance = AchWeight.Medium) =>
        new(id, "item " + id) { Credibility = credibility, Relevance = relevance };

    internal static AchMatrix Matrix(string[] hypotheses, params (AchEvidence Item, string Row)[] rows)
    {
        var matrix = new AchMatrix { Name = "test" };
        foreach (var h in hypotheses)
        {
            matrix = matrix.WithHypothesis(new AchHypothesis(h, "hypothesis " + h));
        }

        foreach (var (item, row) in rows)
        {
            matrix = matrix.WithEvidence(item);
            var cells = row.Split(',');
            for (var i = 0; i < cells.Length; i++)
            {
                matrix = matrix.WithRating(item.Id, hypotheses[i], AchRatings.Parse(cells[i]));
            }
        }

        return matrix;
    }
}
