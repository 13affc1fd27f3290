using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using static Assay.Analysis.Tests.Reliability.Pictures;

namespace Assay.Analysis.Tests.Reliability;

public sealed class CredibilitySuggesterTests
{
    private static CredibilitySuggestion Suggest(
        Proposition p, Dictionary<Origin, ReliabilityGrade> grades, ResolutionOutcome? resolved = null, Dictionary<Origin, double>? learnt = null) =>
        CredibilitySuggester.Suggest(
            p,
            o => learnt is not null && learnt.TryGetValue(o, out var r) ? r : 0.5,
            o => grades.TryGetValue(o, out var g) ? g : null,
            resolved);

    [Fact]
    public void Suggest_ConfirmedByTheAnalyst_One()
    {
        // Given a single ungraded origin, confirmed by the analyst
        var p = Proposition(Claim(Yonhap, 1));

        // When a digit is suggested
        var s = Suggest(p, [], ResolutionOutcome.Confirmed);

        // Then 1, because the analyst said so
        Assert.Equal(1, s.Digit);
        Assert.Contains("analyst", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_RefutedByTheAnalyst_Five()
    {
        // Given two independent A origins, refuted by the analyst
        var p = Proposition(Claim(Nis, 1), Claim(Pentagon, 2));

        // When a digit is suggested
        var s = Suggest(p, new() { [Nis] = ReliabilityGrade.A, [Pentagon] = ReliabilityGrade.A }, ResolutionOutcome.Refuted);

        // Then 5
        Assert.Equal(5, s.Digit);
        Assert.Contains("refuted by the analyst", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_RefutedInTheReporting_Five()
    {
        // Given a proposition the reporting showed false
        var p = Proposition(Claim(Nis, 1)) with { Refuted = true };

        // When a digit is suggested
        // Then 5
        Assert.Equal(5, Suggest(p, new() { [Nis] = ReliabilityGrade.B }).Digit);
    }

    [Fact]
    public void Suggest_TwoIndependentOrigins_One()
    {
        // Given the NIS and the Pentagon stating it, uncontradicted, ungraded
        var p = Proposition(Claim(Nis, 1), Claim(Pentagon, 2));

        // When a digit is suggested
        var s = Suggest(p, []);

        // Then 1, naming both
        Assert.Equal(1, s.Digit);
        Assert.Contains("2 independent origins", s.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.35, 0.35, 3)]
    [InlineData(0.9, 0.35, 3)]
    [InlineData(0.9, 0.75, 1)]
    public void Suggest_TwoOriginsThatOnlySpeculate_PossiblyTrueNotConfirmed(double nisCertainty, double pentagonCertainty, int digit)
    {
        // Given two independent origins raising it, with the certainty of their words
        var p = Proposition(Certain(Claim(Nis, 1), nisCertainty), Certain(Claim(Pentagon, 2, id: "c2"), pentagonCertainty));

        // When a digit is suggested
        var s = Suggest(p, []);

        // Then it is confirmed only when both report it; speculation makes it possibly true
        Assert.Equal(digit, s.Digit);
        Assert.Contains("2 independent origins", s.Reason, StringComparison.Ordinal);
    }

    private static PropositionClaim Certain(PropositionClaim c, double certainty) =>
        c with { Claim = c.Claim with { Claim = c.Claim.Claim with { Certainty = certainty, Stance = certainty < 0.5 ? Core.Claims.Stance.Speculated : Core.Claims.Stance.Asserted } } };

    [Fact]
    public void Suggest_OneOriginRepeated_NeverConfirms()
    {
        // Given three articles repeating the NIS, graded B
        var p = Proposition(Claim(Nis, 1), Claim(Nis, 2), Claim(Nis, 3));

        // When a digit is suggested
        var s = Suggest(p, new() { [Nis] = ReliabilityGrade.B });

        // Then 2 (probably true), not 1: repeats of one origin are one voice
        Assert.Equal(2, s.Digit);
    }

    [Fact]
    public void Suggest_ContradictedByABetterOrigin_Five()
    {
        // Given the NIS (C) and Yonhap (D) stating it and the Pentagon (A) denying it
        var p = Proposition(Claim(Nis, 1), Claim(Yonhap, 2), Claim(Pentagon, 3, ClaimRole.Contradicts));

        // When a digit is suggested
        var s = Suggest(p, new() { [Nis] = ReliabilityGrade.C, [Yonhap] = ReliabilityGrade.D, [Pentagon] = ReliabilityGrade.A });

        // Then 5, naming the Pentagon
        Assert.Equal(5, s.Digit);
        Assert.Contains("Pentagon (A)", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_ConfirmedButContradictedByAWorseOrigin_StillOne()
    {
        // Given the NIS (B) and the Pentagon (A) stating it and the Kremlin (E) denying it
        var p = Proposition(Claim(Nis, 1), Claim(Pentagon, 2), Claim(Kremlin, 3, ClaimRole.Contradicts));

        // When a digit is suggested
        var s = Suggest(p, new() { [Nis] = ReliabilityGrade.B, [Pentagon] = ReliabilityGrade.A, [Kremlin] = ReliabilityGrade.E });

        // Then 1: a worse-graded denial does not undo independent confirmation
        Assert.Equal(1, s.Digit);
    }

    [Fact]
    public void Suggest_ContradictedByEqualStanding_Three()
    {
        // Given the NIS (B) and Yonhap (C) stating it and the Pentagon (B) denying it
        var p = Proposition(Claim(Nis, 1), Claim(Yonhap, 2), Claim(Pentagon, 3, ClaimRole.Contradicts));

        // When a digit is suggested
        var s = Suggest(p, new() { [Nis] = ReliabilityGrade.B, [Yonhap] = ReliabilityGrade.C, [Pentagon] = ReliabilityGrade.B });

        // Then 3: as good a source denies it
        Assert.Equal(3, s.Digit);
        Assert.Contains("equal standing", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_UngradedDenialOfAGradedOrigin_NeitherBetterNorWorse()
    {
        // Given the NIS (B) stating it and the Kremlin (ungraded) denying it
        var p = Proposition(Claim(Nis, 1), Claim(Kremlin, 2, ClaimRole.Contradicts));

        // When a digit is suggested
        var s = Suggest(p, new() { [Nis] = ReliabilityGrade.B });

        // Then the one B origin decides: 2
        Assert.Equal(2, s.Digit);
    }

    [Fact]
    public void Suggest_BothUngraded_LearntReliabilityDecides()
    {
        // Given Yonhap stating it and the Kremlin denying it, both ungraded, the Kremlin with a better record
        var p = Proposition(Claim(Yonhap, 1), Claim(Kremlin, 2, ClaimRole.Contradicts));

        // When a digit is suggested with learnt reliabilities 0.8 and 0.45, and with 0.55 and 0.5
        var clear = Suggest(p, [], learnt: new() { [Kremlin] = 0.8, [Yonhap] = 0.45 });
        var close = Suggest(p, [], learnt: new() { [Kremlin] = 0.55, [Yonhap] = 0.5 });

        // Then the clear difference makes it improbable; a difference within the margin is equal standing
        Assert.Equal(5, clear.Digit);
        Assert.Equal(3, close.Digit);
    }

    [Fact]
    public void Suggest_RestsOnARefutedReport_Four()
    {
        // Given two independent origins, the proposition resting on a refuted report
        var p = Proposition(Claim(Nis, 1), Claim(Pentagon, 2)) with { RestsOnRefuted = true };

        // When a digit is suggested
        // Then 4
        Assert.Equal(4, Suggest(p, new() { [Nis] = ReliabilityGrade.B, [Pentagon] = ReliabilityGrade.B }).Digit);
    }

    [Theory]
    [InlineData(ReliabilityGrade.A, 2)]
    [InlineData(ReliabilityGrade.B, 2)]
    [InlineData(ReliabilityGrade.C, 3)]
    [InlineData(ReliabilityGrade.D, 4)]
    [InlineData(ReliabilityGrade.E, 4)]
    [InlineData(ReliabilityGrade.G, 4)]
    [InlineData(ReliabilityGrade.F, 6)]
    public void Suggest_SingleOrigin_DigitFollowsItsGrade(ReliabilityGrade grade, int digit)
    {
        // Given one origin with this grade, uncontradicted
        var p = Proposition(Claim(Nis, 1));

        // When a digit is suggested
        // Then A/B → 2, C → 3, D/E/G → 4, F → 6
        Assert.Equal(digit, Suggest(p, new() { [Nis] = grade }).Digit);
    }

    [Fact]
    public void Suggest_SingleUngradedOrigin_CannotBeJudged()
    {
        // Given one ungraded origin
        var p = Proposition(Claim(Yonhap, 1));

        // When a digit is suggested
        var s = Suggest(p, []);

        // Then 6
        Assert.Equal(6, s.Digit);
        Assert.Contains("Yonhap", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_OnlyDenials_CannotBeJudged()
    {
        // Given a proposition no origin states, only the Kremlin denies
        var p = Proposition(Claim(Kremlin, 1, ClaimRole.Contradicts));

        // When a digit is suggested
        // Then 6
        Assert.Equal(6, Suggest(p, new() { [Kremlin] = ReliabilityGrade.A }).Digit);
    }

    [Fact]
    public void Suggest_OnlyClaimsThatWithhold_CannotBeJudgedAndSaysWhy()
    {
        // Given a proposition whose only claims say the Kremlin has not confirmed it
        var p = Proposition(Claim(Kremlin, 1, ClaimRole.Withholds));

        // When a digit is suggested
        var s = Suggest(p, []);

        // Then 6, and the reason does not call a silence a denial
        Assert.Equal(6, s.Digit);
        Assert.Contains("withhold", s.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("denial", s.Reason, StringComparison.Ordinal);
    }
}
