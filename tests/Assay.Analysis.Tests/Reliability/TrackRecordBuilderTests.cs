using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using static Assay.Analysis.Tests.Reliability.Pictures;

namespace Assay.Analysis.Tests.Reliability;

public sealed class TrackRecordBuilderTests
{
    private static readonly DateTimeOffset ResolvedAt = new(2024, 10, 18, 0, 0, 0, TimeSpan.Zero);

    private static readonly TrackRecordOptions NoForgetting = new() { Forgetting = 1 };

    [Fact]
    public void Build_OneOriginRepeatedInAProposition_CountsOnce()
    {
        // Given three articles repeating the NIS (graded B) in one proposition, confirmed by the analyst
        var p = Proposition(Claim(Nis, 1), Claim(Nis, 2), Claim(Nis, 3));
        var resolution = new Resolution(1, "1/c1", ResolutionOutcome.Confirmed, null, ResolvedAt, null);

        // When the track records are built
        var record = Assert.Single(TrackRecordBuilder.Build(Of(p), [resolution], _ => ReliabilityGrade.B, NoForgetting));

        // Then three claims, all resolved, and one hit: Beta(3 + 1, 1)
        Assert.Equal(3, record.Claims);
        Assert.Equal(3, record.Resolved);
        Assert.Equal(1, record.Hits);
        Assert.Equal(0, record.Misses);
        Assert.Equal(4, record.Alpha, 12);
        Assert.Equal(1, record.Beta, 12);
        Assert.Equal(0.8, record.Mean, 12);
    }

    [Fact]
    public void Build_DenialOfARefutedProposition_IsAHit()
    {
        // Given the NIS stating something and the Kremlin denying it, both ungraded, and the analyst refuting it
        var p = Proposition(Claim(Nis, 1), Claim(Kremlin, 2, ClaimRole.Contradicts));
        var resolution = new Resolution(1, "1/c1", ResolutionOutcome.Refuted, null, ResolvedAt, null);

        // When the track records are built
        var records = TrackRecordBuilder.Build(Of(p), [resolution], _ => null, NoForgetting).ToDictionary(r => r.Origin.Id);

        // Then the denial held and the statement missed: Beta(3, 2) and Beta(2, 3)
        var kremlin = records[Kremlin.Id];
        var nis = records[Nis.Id];
        Assert.Equal((1, 0), (kremlin.Hits, kremlin.Misses));
        Assert.Equal((0, 1), (nis.Hits, nis.Misses));
        Assert.Equal(0.6, kremlin.Mean, 12);
        Assert.Equal(0.4, nis.Mean, 12);
        Assert.Null(kremlin.Grade);
    }

    [Fact]
    public void Build_Unresolved_EveryOriginAtItsPrior()
    {
        // Given two propositions nobody resolved
        var picture = Of(Proposition(Claim(Nis, 1), Claim(Yonhap, 2)), Proposition(Claim(Pentagon, 3), Claim(Nis, 4)));

        // When the track records are built
        var records = TrackRecordBuilder.Build(picture, [], o => o == Pentagon ? ReliabilityGrade.A : null);

        // Then each origin is listed once, most claims first, with its grade's prior and nothing resolved
        Assert.Equal([Nis.Id, Pentagon.Id, Yonhap.Id], records.Select(r => r.Origin.Id));
        Assert.Equal(2, records[0].Claims);
        Assert.All(records, r => Assert.Equal(0, r.Resolved + r.Hits + r.Misses));
        Assert.Equal(0.95, records[1].Mean, 12);
        Assert.Equal(0.5, records[0].Mean, 12);
    }

    [Fact]
    public void Build_OldEvidence_ForgottenByLambdaPerPeriod()
    {
        // Given a B source's claim, confirmed, and records taken 60 days (two periods of 30) after the resolution
        var p = Proposition(Claim(Nis, 1, day: 45));
        var resolution = new Resolution(1, "1/c1", ResolutionOutcome.Confirmed, null, ResolvedAt, null);
        var options = new TrackRecordOptions { AsOf = ResolvedAt.AddDays(60), Forgetting = 0.9 };

        // When the track records are built
        var record = Assert.Single(TrackRecordBuilder.Build(Of(p), [resolution], _ => ReliabilityGrade.B, options));

        // Then the hit, learnt 60 days before, weighs 0.9² = 0.81 whatever the claim's own date
        Assert.Equal(3.81, record.Alpha, 12);
        Assert.Equal(1, record.Beta, 12);
        Assert.Equal(1, record.Hits);
    }

    [Fact]
    public void Build_NoAsOf_TakenAtTheLatestResolution()
    {
        // Given two claims of the same day, one confirmed on day 0 and the other on day 30
        var first = Proposition(Claim(Nis, 1));
        var second = Proposition(Claim(Nis, 2));
        Resolution[] resolutions =
        [
            new(1, "1/c1", ResolutionOutcome.Confirmed, null, ResolvedAt, null),
            new(2, "2/c1", ResolutionOutcome.Confirmed, null, ResolvedAt.AddDays(30), null),
        ];

        // When the track records are built with the default λ 0.9 and period 30 days
        var record = Assert.Single(TrackRecordBuilder.Build(Of(first, second), resolutions, _ => null));

        // Then the records are taken at the later resolution: the older hit weighs 0.9 and the newer 1, α = 2 + 1.9
        Assert.Equal(3.9, record.Alpha, 12);
        Assert.Equal(2, record.Beta, 12);
    }

    [Fact]
    public void Build_SameAnchorResolvedTwice_LaterWins()
    {
        // Given a proposition first confirmed, then refuted
        var p = Proposition(Claim(Nis, 1), Claim(Yonhap, 2));
        Resolution[] resolutions =
        [
            new(2, "2/c1", ResolutionOutcome.Refuted, null, ResolvedAt.AddDays(1), null),
            new(1, "1/c1", ResolutionOutcome.Confirmed, null, ResolvedAt, null),
        ];

        // When the track records are built
        var records = TrackRecordBuilder.Build(Of(p), resolutions, _ => null, NoForgetting);

        // Then each origin has one miss and no hit
        Assert.All(records, r => Assert.Equal((0, 1), (r.Hits, r.Misses)));
    }

    [Fact]
    public void Build_TrueValue_ScoresFiguresOnTheSubjectRelativeToTheTruth()
    {
        // Given the NIS saying 10,000–12,000 (twice), Yonhap saying 1,500–3,000 in another proposition on the same subject,
        // the Pentagon saying "more than 8,000", and a proposition on another subject; the first resolved at 11,000
        var nis = Proposition(Claim(Nis, 1, low: 10_000, high: 12_000), Claim(Nis, 2, low: 10_000, high: 12_000));
        var yonhap = Proposition(Claim(Yonhap, 3, low: 1_500, high: 3_000));
        var open = Proposition(Claim(Pentagon, 4, low: 8_000, qualifier: QuantityQualifier.MoreThan));
        var other = Proposition(Troops with { Key = "russia troops" }, EventType.Deploy, Claim(Kremlin, 5, low: 500, high: 600));
        var resolution = new Resolution(1, "1/c1", ResolutionOutcome.Confirmed, 11_000, ResolvedAt, null);

        // When the track records are built
        var records = TrackRecordBuilder.Build(Of(nis, yonhap, open, other), [resolution], _ => null, NoForgetting)
            .ToDictionary(r => r.Origin.Id);

        // Then the NIS scores its width over the truth once, Yonhap its width plus 20 × its shortfall, and the open-ended
        // and off-subject figures are not scored
        Assert.Equal(2_000.0 / 11_000, records[Nis.Id].IntervalScore!.Value, 12);
        Assert.Equal(1, records[Nis.Id].Scored);
        Assert.Equal((1_500 + (20.0 * 8_000)) / 11_000, records[Yonhap.Id].IntervalScore!.Value, 12);
        Assert.Null(records[Pentagon.Id].IntervalScore);
        Assert.Null(records[Kremlin.Id].IntervalScore);
        Assert.Equal(0, records[Yonhap.Id].Resolved);
    }

    [Fact]
    public void Build_AnchorNoLongerGrouped_Ignored()
    {
        // Given a resolution whose claim is not in the picture
        var p = Proposition(Claim(Nis, 1));
        var resolution = new Resolution(1, "99/c1", ResolutionOutcome.Refuted, null, ResolvedAt, null);

        // When the track records are built
        var record = Assert.Single(TrackRecordBuilder.Build(Of(p), [resolution], _ => null));

        // Then nothing is resolved
        Assert.Equal(0, record.Resolved);
        Assert.Equal(0.5, record.Mean, 12);
    }
}
