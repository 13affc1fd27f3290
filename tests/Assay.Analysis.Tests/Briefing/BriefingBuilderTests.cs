using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Analysis.Tests.Story;
using Assay.Core.Claims;
using static Assay.Analysis.Tests.Briefing.Judged;

namespace Assay.Analysis.Tests.Briefing;

public sealed class BriefingBuilderTests
{
    [Fact]
    public void Build_TwoOriginsAtThreeQuarters_AlmostCertainWithBracketedRange()
    {
        // Given a proposition supported by two origins whose learned reliability is 0.75
        var p = Proposition("p1.c1", new Said("a", 1), new Said("b", 2));

        // When the briefing is built
        var briefing = BriefingBuilder.Build(Input([p], [Record("a", 0.75), Record("b", 0.75)]));

        // Then odds 49 give 0.98, "almost certain [95–99%]", and the sentence rests on both claims
        var j = Assert.Single(briefing.KeyJudgments);
        Assert.Equal(0.98, j.Probability, 9);
        Assert.Equal("almost-certain", j.Band.Value);
        Assert.Equal("It is almost certain [95–99%] that 10,000 north korean troops are deployed in Russia.", j.Judgment.Text);
        Assert.Equal([new ClaimRef(1, "c1"), new ClaimRef(2, "c1")], j.Judgment.Refs);
    }

    [Theory]
    [InlineData(EventType.Supply, "10,000 north korean troops have been supplied to Russia")]
    [InlineData(EventType.Aid, "10,000 north korean troops have been given as aid to Russia")]
    [InlineData(EventType.Deploy, "10,000 north korean troops are deployed in Russia")]
    public void Build_WhatIsSuppliedOrGiven_GoesToItsPlace(EventType type, string clause)
    {
        // Given a proposition of that event with a place
        var p = Proposition("p1.c1", new Said("a", 1), new Said("b", 2)) with { Event = type };

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then what is supplied or given goes to the place; what is deployed is in it
        Assert.Contains(clause, j.Judgment.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event:verb:captured", "event:verb:taken prisoner", "have been captured in Russia")]
    [InlineData("event:verb:killed", "event:verb:died", "have been killed in Russia")]
    [InlineData("event:verb:captured", "event:noun:casualties", "have been killed, wounded or captured in Russia")]
    public void Build_CasualtiesOfOneKind_SayWhatBefellThem(string firstCue, string secondCue, string clause)
    {
        // Given a casualty proposition whose two claims name the harm by these cues
        var p = Proposition("p1.c1", new Said("a", 1), new Said("b", 2));
        var cues = new[] { firstCue, secondCue };
        var claims = p.Claims.Select((c, i) => c with
        {
            Claim = c.Claim with { Claim = c.Claim.Claim with { Event = EventType.Casualty, Cues = ["attrib:verb:said", cues[i]] } },
        }).ToList();

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p with { Event = EventType.Casualty, Claims = claims }])).KeyJudgments);

        // Then the judgment names the one harm both claims name, or all three when they differ
        Assert.Contains(clause, j.Judgment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneUngradedOriginAgainstOneDenial_RoughlyEven()
    {
        // Given one ungraded origin stating it and another denying it
        var p = Proposition("p1.c1", new Said("a", 1), new Said("k", 2, Stance.Denied));

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then the odds stay at 1 and the confidence statement names the denial
        Assert.Equal(0.5, j.Probability, 9);
        Assert.Equal("roughly-even-chance", j.Band.Value);
        Assert.Contains("Agency K denies it", j.ConfidenceStatement.Text, StringComparison.Ordinal);
        Assert.Contains(new ClaimRef(2, "c1"), j.ConfidenceStatement.Refs);
    }

    [Fact]
    public void Build_SevenUngradedOrigins_HeldInsideTheDisplayRange()
    {
        // Given seven ungraded origins (odds 3^7 = 2187, p ≈ 0.9995)
        var p = Proposition("p1.c1", [.. Enumerable.Range(1, 7).Select(i => new Said("o" + i, i))]);

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([p])).KeyJudgments);

        // Then the probability is shown no higher than the band's 99%
        Assert.Equal("almost-certain", j.Band.Value);
        Assert.Equal(0.99, j.Probability, 9);
    }

    [Fact]
    public void Build_ConfidenceLevels_FollowTheRules()
    {
        // Given three well-regarded uncontested origins; the same three with a denial; one origin graded B; one ungraded
        var strong = Proposition("p1.c1", new Said("a", 1), new Said("b", 2), new Said("c", 3));
        var contested = Proposition("p4.c1", new Said("a", 4), new Said("b", 5), new Said("c", 6), new Said("k", 7, Stance.Denied));
        var graded = Proposition("p8.c1", new Said("g", 8));
        var lone = Proposition("p9.c1", new Said("u", 9));
        var records = new[] { Record("a", 0.8), Record("b", 0.75), Record("c", 0.7), Record("g", 0.75, ReliabilityGrade.B) };

        // When judged
        var judgments = BriefingBuilder.Build(Input([strong, contested, graded, lone], records)).KeyJudgments.ToDictionary(j => j.PropositionId);

        // Then high, moderate (contested), moderate (graded B), low
        Assert.Equal("high", judgments["p1.c1"].Confidence.Value);
        Assert.Equal("moderate", judgments["p4.c1"].Confidence.Value);
        Assert.Equal("moderate", judgments["p8.c1"].Confidence.Value);
        Assert.Equal("low", judgments["p9.c1"].Confidence.Value);
        Assert.StartsWith("Confidence in this judgment is low: it rests on one independent origin", judgments["p9.c1"].ConfidenceStatement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LikelihoodAndConfidence_NeverShareASentence()
    {
        // Given judgments of every kind
        var propositions = new[]
        {
            Proposition("p1.c1", new Said("a", 1), new Said("b", 2)),
            Proposition("p3.c1", new Said("a", 3), new Said("k", 4, Stance.Denied)),
            Proposition("p5.c1", new Said("u", 5)),
        };

        // When the briefing is built
        var briefing = BriefingBuilder.Build(Input(propositions, [Record("a", 0.9, ReliabilityGrade.A)]));

        // Then each judgment names a band and no confidence, each confidence statement the reverse, and no sentence errs
        Assert.All(briefing.KeyJudgments, j =>
        {
            Assert.True(EstimativeLint.HasLikelihood(j.Judgment.Text));
            Assert.False(EstimativeLint.HasConfidence(j.Judgment.Text));
            Assert.True(EstimativeLint.HasConfidence(j.ConfidenceStatement.Text));
            Assert.False(EstimativeLint.HasLikelihood(j.ConfidenceStatement.Text), j.ConfidenceStatement.Text);
        });
        Assert.All(briefing.Sentences(), s => Assert.DoesNotContain(EstimativeLint.Check(s.Text), v => v.Severity == LintSeverity.Error));
    }

    [Fact]
    public void Build_OriginNamedLikeATerm_ConfidenceStatementDropsTheNames()
    {
        // Given an origin whose name reads as a likelihood word
        var p = Proposition("p1.c1", new Said("a", 1));
        var odd = p with { Origins = [new Origin("source:a", "Probably Reliable Media", Core.Sources.SourceType.Media)] };
        var claims = odd.Claims.Select(c => c with { Origin = odd.Origins[0] }).ToList();

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([odd with { Claims = claims }])).KeyJudgments);

        // Then the confidence statement holds no likelihood word and still rests on the claim
        Assert.False(EstimativeLint.HasLikelihood(j.ConfidenceStatement.Text), j.ConfidenceStatement.Text);
        Assert.NotEmpty(j.ConfidenceStatement.Refs);
    }

    [Fact]
    public void Build_SingleOrigin_FlaggedInSourcingAndGaps()
    {
        // Given one origin repeated by four outlets, and a judgment with two origins
        var single = Proposition("p1.c1", new Said("n", 1), new Said("n", 2), new Said("n", 3), new Said("n", 4));
        var pair = Proposition("p5.c1", new Said("a", 5), new Said("b", 6));

        // When the briefing is built
        var briefing = BriefingBuilder.Build(Input([single, pair]));

        // Then only the first is flagged single-source, in the judgment, the sourcing and the gaps, and the repeats are
        // traced to their one origin
        var j = briefing.KeyJudgments.Single(k => k.PropositionId == "p1.c1");
        Assert.True(j.SingleSource);
        Assert.False(briefing.KeyJudgments.Single(k => k.PropositionId == "p5.c1").SingleSource);
        var row = briefing.Sourcing.Single(r => r.PropositionId == "p1.c1");
        Assert.True(row.SingleSource);
        Assert.Contains(row.Sentences, s => s.Text.StartsWith("It rests on one origin, Agency N", StringComparison.Ordinal));
        Assert.Contains(row.Sentences, s => s.Text.StartsWith("4 of 4 mentions trace to Agency N", StringComparison.Ordinal));
        Assert.Contains(briefing.Gaps, s => s.Text.StartsWith("Only Agency N supports", StringComparison.Ordinal));
        Assert.DoesNotContain(briefing.Gaps, s => s.Text.StartsWith("Only Agency A", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_GradeAndCredibility_WrittenAsAdmiraltyCode()
    {
        // Given an origin graded B and the proposition's information rated 2
        var p = Proposition("p1.c1", new Said("b", 1), new Said("u", 2));

        // When built with the credibility digit
        var briefing = BriefingBuilder.Build(Input([p], [Record("b", 0.75, ReliabilityGrade.B)], credibility: _ => 2));

        // Then the graded origin reads "B2", the other "ungraded"
        var j = Assert.Single(briefing.KeyJudgments);
        Assert.Equal(2, j.Credibility);
        Assert.Equal(["B2", null], j.Origins.Select(o => o.Grade));
        Assert.Contains("Agency B, graded B2; Agency U, ungraded", j.ConfidenceStatement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ResolvedProposition_GoesToTheResolvedList()
    {
        // Given two propositions, one of them confirmed by the analyst
        var open = Proposition("p1.c1", new Said("a", 1), new Said("b", 2));
        var settled = Proposition("p3.c1", new Said("a", 3), new Said("b", 4), new Said("c", 5));
        var resolution = new Resolution(7, "4/c1", ResolutionOutcome.Confirmed, null, new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.Zero), "satellite images");

        // When the briefing is built
        var briefing = BriefingBuilder.Build(Input([settled, open], resolutions: [resolution]));

        // Then the settled one is not judged but stated as confirmed, with its date, note and anchor claim
        Assert.Equal(["p1.c1"], briefing.KeyJudgments.Select(j => j.PropositionId));
        var resolved = Assert.Single(briefing.Resolved);
        Assert.Equal("On 2024-11-20, the analyst confirmed that 10,000 north korean troops are deployed in Russia (note: satellite images).", resolved.Text);
        Assert.Equal([new ClaimRef(4, "c1")], resolved.Refs);
    }

    [Fact]
    public void Build_Since_ListsOnlyWhatIsNew()
    {
        // Given an old proposition (day 0) and a new one (day 20)
        var old = Proposition("p1.c1", new Said("a", 1, Day: 0));
        var fresh = Proposition("p2.c1", new Said("b", 2, Day: 20)) with { Subject = Judged.Troops with { ScopeLabel = "Kursk", ScopeKey = "kursk" } };
        var since = StoryClaims.Day0.AddDays(10);

        // When built since day 10, and since a later day, and with no date
        var changes = BriefingBuilder.Build(Input([old, fresh], since: since)).Changes;
        var none = BriefingBuilder.Build(Input([old, fresh], since: StoryClaims.Day0.AddDays(30))).Changes;
        var unasked = BriefingBuilder.Build(Input([old, fresh])).Changes;

        // Then only the new one is listed; later, one structural "nothing new" sentence; without a date, nothing
        var change = Assert.Single(changes);
        Assert.Contains("in Kursk", change.Text, StringComparison.Ordinal);
        Assert.Equal([new ClaimRef(2, "c1")], change.Refs);
        var nothing = Assert.Single(none);
        Assert.True(nothing.Structural);
        Assert.StartsWith("Nothing new since 2024-11-17", nothing.Text, StringComparison.Ordinal);
        Assert.Empty(unasked);
    }

    [Fact]
    public void Build_StoryOfClaims_EveryNonStructuralSentenceHasRefs()
    {
        // Given a story built from claims: repeated NIS figures, a Pentagon figure, a denial, a refuted report, and an ACH matrix
        StoryClaim[] claims =
        [
            StoryClaims.Troops(1, "Yonhap", 3000, day: 0),
            StoryClaims.Troops(2, "JoongAng", 3000, day: 1),
            StoryClaims.Troops(3, "Reuters", 10000, source: "Pentagon", type: Core.Sources.SourceType.Military, day: 10),
            StoryClaims.Troops(4, "Yonhap", 11000, day: 25),
            StoryClaims.Statement(5, "TASS", "Kremlin", Stance.Denied, day: 3),
            StoryClaims.Troops(6, "Kyiv Independent", 200, counted: "north korean engineers", scope: "in Donetsk", source: "Ukrainian officials", day: -100),
            StoryClaims.Troops(7, "Factcheck", 200, counted: "north korean engineers", scope: "in Donetsk", source: "fact-checkers", stance: Stance.Refuted, day: -90),
        ];
        var picture = StoryBuilder.Build([], claims);
        var series = SeriesBuilder.Build(picture);
        var matrix = new BriefingAlternatives("ach-1", "Why were troops sent?", [new BriefingHypothesis("H1", "to fight in Kursk", 1.5, 0.7), new BriefingHypothesis("H2", "to train only", 4, 0.3)],
            "H1", ["E3"], ["E3"], [new ClaimRef(3, "c1")]);
        var input = new BriefingInput(picture, series, new Dictionary<string, OriginRecord>(), [], [matrix], AsOf, StoryClaims.Day0.AddDays(5), null, BriefingOptions.Default);

        // When the briefing is built
        var briefing = BriefingBuilder.Build(input);

        // Then every section has something, every sentence but structural ones cites claims, and every cited claim is listed
        Assert.NotEmpty(briefing.KeyJudgments);
        Assert.NotEmpty(briefing.Estimates);
        Assert.NotEmpty(briefing.Contradictions);
        Assert.NotEmpty(briefing.Changes);
        Assert.NotEmpty(briefing.Gaps);
        Assert.Contains(briefing.Alternatives.Single().Sentences, s => s.Text == "In ach-1 (Why were troops sent?), H1 leads: to fight in Kursk.");
        Assert.All(briefing.Sentences().Where(s => !s.Structural), s => Assert.NotEmpty(s.Refs));
        var cited = briefing.Cited.Select(c => c.Ref).ToHashSet();
        Assert.All(briefing.Sentences().SelectMany(s => s.Refs), r => Assert.Contains(r, cited));
        Assert.All(briefing.Cited, c => Assert.False(string.IsNullOrEmpty(c.Text)));
        Assert.Contains(briefing.Contradictions, s => s.Text.Contains("did not stand up to scrutiny", StringComparison.Ordinal));
    }
}
