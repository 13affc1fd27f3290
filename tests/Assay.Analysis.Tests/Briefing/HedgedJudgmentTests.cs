using Assay.Analysis.Briefing;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using static Assay.Analysis.Tests.Briefing.Judged;

namespace Assay.Analysis.Tests.Briefing;

public sealed class HedgedJudgmentTests
{
    [Fact]
    public void Build_ThreeOriginsOnlyProjecting_LikelyNotAlmostCertain()
    {
        // Given three ungraded origins that each only project the deployment ("could reach 10,000"; certainty 0.35)
        var p = Speculated(Proposition("p1.c1", new Said("a", 1), new Said("b", 2), new Said("c", 3)), 0.35);

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then each counts as a witness of reliability 0.5 × 0.35: LR 0.5875 / 0.4125 ≈ 1.424, odds ≈ 2.89, p ≈ 0.743 —
        // likely, where three firm reports would give 0.96, almost certain
        var lr = (0.175 + (0.5 * 0.825)) / (0.5 * 0.825);
        Assert.Equal(lr * lr * lr / (1 + (lr * lr * lr)), j.Probability, 9);
        Assert.Equal("likely", j.Band.Value);
        Assert.Contains(j.Notes, n => n.Text.StartsWith("All 3 of its origins put it only as speculation", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OriginFirmOnceAndHedgedOnce_CountsWithItsFirmestClaim()
    {
        // Given one origin that projects the figure in one article and states it firmly in another
        var firm = Proposition("p1.c1", new Said("a", 1));
        var hedged = Speculated(Proposition("p2.c1", new Said("a", 2)), 0.35);
        var p = firm with { Claims = [.. firm.Claims, .. hedged.Claims] };

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then the firm claim sets its weight: LR 3, p = 0.75, and no note on hedging
        Assert.Equal(0.75, j.Probability, 9);
        Assert.DoesNotContain(j.Notes, n => n.Text.Contains("speculation", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_HedgedReportAgainstADenial_NeverBelowTheDenialAlone()
    {
        // Given one origin that says the troops "may" be deployed (certainty 0.45) and one that denies it
        var p = Proposition("p1.c1", new Said("a", 1), new Said("k", 2, Stance.Denied));
        p = p with { Claims = [.. p.Claims.Select(c => c.Role == ClaimRole.Supports ? WithCertainty(c, Stance.Reported, 0.45) : c)] };

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then the hedged report still speaks for it, weakly (LR (0.225 + 0.3875) / 0.3875 ≈ 1.58), and the firm denial
        // keeps its LR 3: odds ≈ 0.53, p ≈ 0.345, unlikely
        var lr = (0.225 + (0.5 * 0.775)) / (0.5 * 0.775);
        Assert.Equal(lr / 3 / (1 + (lr / 3)), j.Probability, 9);
        Assert.Equal("unlikely", j.Band.Value);
        Assert.True(j.Probability > 0.25);
    }

    [Fact]
    public void Build_PlainReport_CountsAsFirm()
    {
        // Given one origin passing the statement on without a hedge (a plain report: certainty 0.75)
        var p = Proposition("p1.c1", new Said("a", 1));
        p = p with { Claims = [.. p.Claims.Select(c => WithCertainty(c, Stance.Reported, 0.75))] };

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then it is testimony at full weight: LR 3, p = 0.75
        Assert.Equal(0.75, j.Probability, 9);
    }

    private static Proposition Speculated(Proposition p, double certainty) =>
        p with { Claims = [.. p.Claims.Select(c => WithCertainty(c, Stance.Speculated, certainty))], Projection = true };

    private static PropositionClaim WithCertainty(PropositionClaim c, Stance stance, double certainty) =>
        c with { Claim = c.Claim with { Claim = c.Claim.Claim with { Stance = stance, Certainty = certainty } } };
}
