using Assay.Analysis.Briefing;
using Assay.Core.Claims;
using Assay.Core.Text;

namespace Assay.Analysis.Tests.Briefing;

public sealed class WitnessModelTests
{
    [Theory]
    [InlineData(0.75, 7.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(0.9, 19.0)]
    public void LikelihoodRatio_ByHand_MatchesTheFormula(double reliability, double expected)
    {
        // Given q = 0.5 and a source of reliability r
        // When the ratio [r + (1−r)q] / [(1−r)q] is taken
        // Then it is the hand-computed value (0.75 → 0.875 / 0.125 = 7; 0.9 → 0.95 / 0.05 = 19)
        Assert.Equal(expected, WitnessModel.LikelihoodRatio(reliability, 0.5), 9);
    }

    [Fact]
    public void Probability_TwoOriginsAtThreeQuarters_Odds49()
    {
        // Given two independent origins of reliability 0.75 supporting, none against
        // When the odds are multiplied from 1
        var p = WitnessModel.Probability([0.75, 0.75], [], 0.5);

        // Then the odds are 7 × 7 = 49 and the probability 49/50
        Assert.Equal(0.98, p, 9);
    }

    [Fact]
    public void Probability_TwoOriginsCountingAsOne_OddsOfOneOrigin()
    {
        // Given two origins at r = 0.75 (LR 7 each) whose reports overlap so that n_eff / n = 0.5
        // When combined
        var p = WitnessModel.Probability([0.75, 0.75], [], 0.5, independence: 0.5);

        // Then the log-odds halve: 0.5 · 2 · ln 7 = ln 7, odds 7, p = 7/8, as for one origin alone
        Assert.Equal(0.875, p, 10);
        Assert.Equal(WitnessModel.Probability([0.75], [], 0.5), p, 10);
    }

    [Fact]
    public void Probability_OneStrongForOneUngradedAgainst_Divides()
    {
        // Given a 0.75 origin supporting (LR 7) and an ungraded origin denying (LR 3)
        // When combined
        var p = WitnessModel.Probability([0.75], [0.5], 0.5);

        // Then the odds are 7/3 and the probability 0.7
        Assert.Equal(0.7, p, 9);
    }

    [Fact]
    public void Probability_EqualForAndAgainst_IsEven()
    {
        // Given one ungraded origin each way
        // When combined
        // Then the odds stay at 1
        Assert.Equal(0.5, WitnessModel.Probability([0.5], [0.5], 0.5), 9);
    }

    [Theory]
    [InlineData(0.95, 1.0)]
    [InlineData(0.9, 1.0)]
    [InlineData(0.75, 1.0)]
    [InlineData(0.7, 0.7)]
    [InlineData(0.35, 0.35)]
    public void Commitment_FirmOrHedged_OneOrTheCertainty(double certainty, double expected)
    {
        // Given a claim whose words commit to it with this certainty (a plain report is 0.75)
        var claim = new Claim { Id = "c1", Span = new TextSpan(0, 1), Text = "x", Source = "s", Certainty = certainty };

        // When its commitment is read
        // Then a firm claim is testimony in full, a hedged or speculative one counts as far as its certainty
        Assert.Equal(expected, WitnessModel.Commitment(claim), 9);
    }

    [Theory]
    [InlineData(0.5, 1.0, 3.0)]
    [InlineData(0.5, 0.35, 0.5875 / 0.4125)]
    [InlineData(0.75, 0.5, 0.6875 / 0.3125)]
    [InlineData(0.9, 0.0, 1.0)]
    public void LikelihoodRatio_Discounted_MixtureOfTestimonyAndTalk(double reliability, double commitment, double expected)
    {
        // Given a source of reliability r whose report commits with c, and q = 0.5
        // When the ratio is taken with r·c in place of r
        var lr = WitnessModel.LikelihoodRatio(WitnessModel.Discounted(reliability, commitment), 0.5);

        // Then it is [rc + q(1 − rc)] / [q(1 − rc)]: unchanged at c = 1, no evidence at c = 0, never below 1
        Assert.Equal(expected, lr, 9);
        Assert.True(lr >= 1);
    }
}
