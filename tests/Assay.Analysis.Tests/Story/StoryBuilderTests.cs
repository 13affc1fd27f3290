using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using static Assay.Analysis.Tests.Story.StoryClaims;

namespace Assay.Analysis.Tests.Story;

public sealed class StoryBuilderTests
{
    [Fact]
    public void Build_OutletsRepeatingOneAgency_CountOneOrigin()
    {
        // Given the NIS figure carried by the NIS itself, by Yonhap, and by TASS "citing Yonhap, citing the NIS"
        StoryClaim[] claims =
        [
            Troops(1, "National Intelligence Service", 1500, source: "National Intelligence Service", sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 1500, source: "National Intelligence Service", sourceActor: "south-korea-nis"),
            Troops(3, "TASS", 1500, source: "National Intelligence Service", sourceActor: "south-korea-nis", via: ["Yonhap"], day: 1),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then the three reports are one proposition with one origin and three mentions in three outlets
        var proposition = Assert.Single(picture.Propositions);
        Assert.Equal(3, proposition.Mentions);
        Assert.Equal(3, proposition.Outlets);
        Assert.Equal("source:south-korea-nis", Assert.Single(proposition.Origins).Id);
        Assert.Equal(1.0, proposition.EffectiveSources);
    }

    [Fact]
    public void Build_OutletCreditedAsSource_TakesTheOriginThatOutletCredits()
    {
        // Given Yonhap crediting the NIS, and a later report that credits only "Yonhap" for the same figure
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 3000, source: "National Intelligence Service", sourceActor: "south-korea-nis"),
            Troops(2, "The Moscow Times", 3000, source: "Yonhap", type: SourceType.Media, day: 1),
        ];

        // When the story is built
        var proposition = Assert.Single(StoryBuilder.Build([], claims).Propositions);

        // Then the source's source is followed: both rest on the NIS
        Assert.All(proposition.Claims, c => Assert.Equal("source:south-korea-nis", c.Origin.Id));
        Assert.Single(proposition.Origins);
    }

    [Fact]
    public void Build_PaperWithoutOutlet_IsItsAuthorsVoiceAndMeetsTheBodyByItsAcronymName()
    {
        // Given a think tank's paper with no outlet, its uncredited figure credited to its byline, and a figure the
        // same paper credits to the body by its name with an acronym; and a second paper by the same author
        StoryClaim[] claims =
        [
            Troops(7, null, 11000, source: "Ines Varga, Harbour Policy Institute", type: SourceType.Outlet),
            Troops(8, null, 11000, source: "Ines Varga, Harbour Policy Institute", type: SourceType.Outlet, day: 2),
            Troops(9, "Harbour Policy Institute", 11000, source: "Harbour Policy Institute (HPI)", type: SourceType.Expert, day: 3),
        ];

        // When the story is built
        var proposition = Assert.Single(StoryBuilder.Build([], claims).Propositions);

        // Then the two papers are one voice named by their author, not "article 7" and "article 8", and the body named
        // with its acronym is the outlet that published the third paper
        var origins = proposition.Claims.Select(c => c.Origin.Id).ToList();
        Assert.Equal(origins[0], origins[1]);
        Assert.DoesNotContain(origins, o => o.StartsWith("article:", StringComparison.Ordinal));
        Assert.Equal("outlet:harbour policy institute", origins[2]);
        Assert.Equal(2, proposition.Origins.Count);
    }

    [Fact]
    public void Build_PartyThatHasNotAcknowledged_WithholdsAndCountsOnNeitherSide()
    {
        // Given the NIS stating 1,500 troops sent, and Moscow credited with "has not acknowledged" the same figure
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 1500, source: "National Intelligence Service", sourceActor: "south-korea-nis"),
            Troops(2, "Reuters", 1500, source: "Moscow", type: SourceType.Government, sourceActor: "russia", day: 1,
                cues: ["attrib:not:verb:acknowledged", "hedge:unconfirmed"]),
        ];

        // When the story is built
        var proposition = Assert.Single(StoryBuilder.Build([], claims).Propositions);

        // Then Moscow's claim is shown as withholding: one origin, not two, and nothing contested
        Assert.Equal(ClaimRole.Withholds, Assert.Single(proposition.Claims, c => c.Claim.Ref.ArticleId == 2).Role);
        Assert.Equal("source:south-korea-nis", Assert.Single(proposition.Origins).Id);
        Assert.Empty(proposition.Contradicting);
        Assert.False(proposition.Contested);
    }

    [Fact]
    public void Build_IndependentAgenciesSameFigure_CountEachOrigin()
    {
        // Given the Pentagon and Ukraine's HUR each giving about 10,000 (a 5% apart figure is the same rounded figure)
        StoryClaim[] claims =
        [
            Troops(1, "AP News", 10000, source: "Pentagon", type: SourceType.Military, sourceActor: "us-dod"),
            Troops(2, "The Kyiv Independent", 10500, source: "HUR", sourceActor: "ukraine-hur", day: 3),
        ];

        // When the story is built
        var proposition = Assert.Single(StoryBuilder.Build([], claims).Propositions);

        // Then it stands on two independent origins
        Assert.Equal(2, proposition.Origins.Count);
        Assert.Equal(2.0, proposition.EffectiveSources);
    }

    [Fact]
    public void Build_NearCopyArticle_LinksItAndCollapsesItsUncreditedClaimToTheOriginal()
    {
        // Given an article, a near copy of it a day later under another masthead, and an unrelated article
        var original = Text(1);
        var copy = original[..(original.Length * 9 / 10)];
        StoryArticle[] articles =
        [
            new(1, "Yonhap", Day0, original),
            new(2, "Korea JoongAng Daily", Day0.AddDays(1), copy),
            new(3, "Reuters", Day0, Text(2)),
        ];
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 1500, source: "Yonhap", type: SourceType.Outlet),
            Troops(2, "Korea JoongAng Daily", 1500, source: "Korea JoongAng Daily", type: SourceType.Outlet, day: 1),
        ];

        // When the story is built
        var picture = StoryBuilder.Build(articles, claims);

        // Then the copy derives from the original, and its uncredited figure is the original outlet's voice
        var link = Assert.Single(picture.Derived);
        Assert.Equal((2L, 1L), (link.ArticleId, link.FromArticleId));
        Assert.True(link.Similarity > 0.7, $"similarity {link.Similarity}");
        var proposition = Assert.Single(picture.Propositions);
        Assert.Equal("outlet:yonhap", Assert.Single(proposition.Origins).Id);
        Assert.InRange(proposition.EffectiveSources, 1.0, 1.2);
    }

    [Fact]
    public void Build_OddFiguresStatedWithoutCredit_LinksTheLaterArticle()
    {
        // Given two unrelated texts where the later one states, crediting no one, two odd figures the earlier gave
        StoryArticle[] articles = [new(1, "Outlet A", Day0, Text(5)), new(2, "Outlet B", Day0.AddDays(2), Text(6))];
        StoryClaim[] claims =
        [
            Troops(1, "Outlet A", 1347, source: "General Staff", type: SourceType.Military, id: "c1"),
            Troops(1, "Outlet A", 2913, source: "General Staff", type: SourceType.Military, id: "c2", counted: "shells"),
            Troops(2, "Outlet B", 1347, source: "Outlet B", type: SourceType.Outlet, id: "c1", day: 2),
            Troops(2, "Outlet B", 2913, source: "Outlet B", type: SourceType.Outlet, id: "c2", day: 2, counted: "shells"),
        ];

        // When the story is built
        var picture = StoryBuilder.Build(articles, claims);

        // Then B is flagged as derived from A for the shared odd figures
        var link = Assert.Single(picture.Derived);
        Assert.Equal((2L, 1L), (link.ArticleId, link.FromArticleId));
        Assert.Contains("1,347", link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RoundFiguresShared_DrawNoCopyLink()
    {
        // Given two articles sharing only round figures
        StoryArticle[] articles = [new(1, "Outlet A", Day0, Text(5)), new(2, "Outlet B", Day0.AddDays(2), Text(6))];
        StoryClaim[] claims =
        [
            Troops(1, "Outlet A", 10000, source: "Pentagon", type: SourceType.Military),
            Troops(2, "Outlet B", 10000, source: "Outlet B", type: SourceType.Outlet, day: 2),
        ];

        // When the story is built
        // Then no copy is suspected
        Assert.Empty(StoryBuilder.Build(articles, claims).Derived);
    }

    [Fact]
    public void Build_DenialLinkedToClaim_JoinsItAndIsListedAsContradiction()
    {
        // Given a figure and, in the same article, the Kremlin's denial the extractor tied to it
        StoryClaim[] claims =
        [
            Troops(1, "Reuters", 1500, id: "c1"),
            Statement(1, "Reuters", "Kremlin", Stance.Denied, theme: "reports", type: EventType.None, id: "c2", cues: ["refutes:c1"]),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then the denial sits in the proposition as a contradicting claim, and the pair is a stance contradiction
        var proposition = Assert.Single(picture.Propositions);
        Assert.True(proposition.Contested);
        Assert.Equal(ClaimRole.Contradicts, proposition.Claims.Single(c => c.Claim.Ref.ClaimId == "c2").Role);
        var contradiction = Assert.Single(picture.Contradictions);
        Assert.Equal(ContradictionKind.Stance, contradiction.Kind);
        Assert.Equal((new ClaimRef(1, "c1"), new ClaimRef(1, "c2")), (contradiction.Claim, contradiction.OtherClaim));
    }

    [Fact]
    public void Build_DenialWithoutFigure_ContradictsTheFiguresOfItsSubject()
    {
        // Given a troop figure and, two days later, a separate denial of sending troops to Russia
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 1500, counted: "troops"),
            Statement(2, "TASS", "Kremlin", Stance.Denied, day: 2),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then the denial is its own proposition, and it contradicts the figure
        Assert.Equal(2, picture.Propositions.Count);
        var contradiction = Assert.Single(picture.Contradictions);
        Assert.Equal(ContradictionKind.Stance, contradiction.Kind);
        Assert.All(picture.Propositions, p => Assert.True(p.Contested));
    }

    [Fact]
    public void Build_DifferentOriginsIncompatibleFigures_AreAFigureContradiction()
    {
        // Given the NIS at 3,000 and the Pentagon at 10,000 within a week
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 3000, sourceActor: "south-korea-nis"),
            Troops(2, "AP News", 10000, source: "Pentagon", type: SourceType.Military, sourceActor: "us-dod", day: 5),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then they are two propositions, linked as contradicting figures, neither dropped
        Assert.Equal(2, picture.Propositions.Count);
        var contradiction = Assert.Single(picture.Contradictions);
        Assert.Equal(ContradictionKind.Figures, contradiction.Kind);
        Assert.Contains("3,000", contradiction.Reason, StringComparison.Ordinal);
        Assert.Contains("10,000", contradiction.Reason, StringComparison.Ordinal);

        // And each figure says when it was given, so a dispute reads apart from a count that moved on
        Assert.Contains("3,000 (as of 2024-10-18)", contradiction.Reason, StringComparison.Ordinal);
        Assert.Contains("10,000 (as of 2024-10-23)", contradiction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameOriginRevisesFigure_IsNotAContradiction()
    {
        // Given the NIS at 1,500 and then at 3,000 (a revision, not a dispute)
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 1500, sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 3000, sourceActor: "south-korea-nis", day: 5),
        ];

        // When the story is built
        // Then no contradiction is listed
        Assert.Empty(StoryBuilder.Build([], claims).Contradictions);
    }

    [Fact]
    public void Build_ProjectionAndPresentCount_StayApartAndDoNotContradict()
    {
        // Given a present count of 3,000 and a projection that the force could reach 10,000
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 3000, sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 10000, source: "Pentagon", type: SourceType.Military, sourceActor: "us-dod", stance: Stance.Speculated, day: 1),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then they are separate propositions, the projection marked as one, and no contradiction
        Assert.Equal(2, picture.Propositions.Count);
        Assert.Single(picture.Propositions, p => p.Projection);
        Assert.Empty(picture.Contradictions);
    }

    [Fact]
    public void Build_IncrementAndTotal_StayApart()
    {
        // Given a total of 10,000 and "3,000 additional troops"
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 10000, sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 3000, source: "JCS", type: SourceType.Military, counted: "additional north korean troops", day: 2),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then the increment is its own proposition and is not set against the total
        Assert.Equal(2, picture.Propositions.Count);
        Assert.True(picture.Propositions.Single(p => p.Figure!.Value.Low == 3000).Subject.Increment);
        Assert.Empty(picture.Contradictions);
    }

    [Fact]
    public void Build_RefutedReport_MarksItsPropositionAndWhatRestsOnIt()
    {
        // Given a report of engineers in Donetsk by an unnamed source, later shown false, and a second report the same
        // unnamed source's outlet ran a month later with a different figure
        StoryClaim[] claims =
        [
            Troops(1, "Outlet A", 6, source: "Outlet A", type: SourceType.Outlet, counted: "north korean engineers", scope: "in Donetsk"),
            Troops(2, "Fact Desk", 6, source: "Outlet A", type: SourceType.Media, counted: "north korean engineers", scope: "in Donetsk", stance: Stance.Refuted, day: 30),
            Troops(3, "Outlet A", 20, source: "Outlet A", type: SourceType.Outlet, counted: "north korean engineers", scope: "in Donetsk", day: 10),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then the debunked proposition is refuted, and the other that rests on the same origin is marked too
        var refuted = picture.Find("1/c1")!;
        Assert.True(refuted.Refuted);
        Assert.Contains(refuted.Notes, n => n.StartsWith("refuted: 2/c1", StringComparison.Ordinal));
        var resting = picture.Find("3/c1")!;
        Assert.NotEqual(refuted.Id, resting.Id);
        Assert.True(resting.RestsOnRefuted);
        Assert.Equal([refuted.Id], resting.RestsOn);
        Assert.Empty(refuted.RestsOn);
    }

    [Fact]
    public void Build_ArticleCopiedFromRefutedOne_RestsOnRefuted()
    {
        // Given a refuted report, and a near copy of its article that credits a local official with another figure
        var original = Text(11);
        StoryArticle[] articles = [new(1, "Outlet A", Day0, original), new(2, "Outlet C", Day0.AddDays(1), original[..(original.Length * 9 / 10)])];
        StoryClaim[] claims =
        [
            Troops(1, "Outlet A", 6, source: "Outlet A", type: SourceType.Outlet, counted: "engineers", stance: Stance.Refuted, id: "c1"),
            Troops(1, "Outlet A", 40, source: "Outlet A", type: SourceType.Outlet, counted: "trucks", id: "c2"),
            Troops(2, "Outlet C", 20, source: "a local official", type: SourceType.Anonymous, counted: "engineers", id: "c1", day: 1),
        ];

        // When the story is built
        var picture = StoryBuilder.Build(articles, claims);

        // Then what the copy says about the refuted subject rests on the refuted report
        Assert.True(picture.Find("1/c1")!.Refuted);
        Assert.True(picture.Find("2/c1")!.RestsOnRefuted);
        Assert.Equal([picture.Find("1/c1")!.Id], picture.Find("2/c1")!.RestsOn);
        Assert.False(picture.Find("1/c2")!.RestsOnRefuted);
    }

    [Fact]
    public void Build_AnalystMerge_JoinsAndUndoingItSeparatesAgain()
    {
        // Given two propositions the keys keep apart (different nouns)
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 12000, counted: "north korean troops"),
            Troops(2, "Reuters", 12000, counted: "north korean soldiers and officers", source: "Pentagon", type: SourceType.Military),
        ];
        Assert.Equal(2, StoryBuilder.Build([], claims).Propositions.Count);

        // When the analyst merges them
        PropositionDecision merge = new(1, PropositionDecisionKind.Merge, new ClaimRef(1, "c1"), new ClaimRef(2, "c1"));
        var merged = StoryBuilder.Build([], claims, [merge]);

        // Then they are one proposition with two origins, and the join is explained
        var one = Assert.Single(merged.Propositions);
        Assert.Equal(2, one.Origins.Count);
        Assert.Contains(one.Joins, j => j.StartsWith("analyst merge #1", StringComparison.Ordinal));

        // And when the merge is undone (no longer among the decisions) they are two again
        Assert.Equal(2, StoryBuilder.Build([], claims, []).Propositions.Count);
    }

    [Fact]
    public void Build_AnalystSplit_TakesTheClaimOut()
    {
        // Given two reports of the same figure
        StoryClaim[] claims = [Troops(1, "Yonhap", 1500), Troops(2, "Reuters", 1500, source: "Pentagon", type: SourceType.Military, day: 1)];

        // When the analyst splits the second out
        var picture = StoryBuilder.Build([], claims, [new PropositionDecision(4, PropositionDecisionKind.Split, new ClaimRef(2, "c1"), null)]);

        // Then each stands alone
        Assert.Equal(2, picture.Propositions.Count);
        Assert.Contains(picture.Find("2/c1")!.Joins, j => j == "analyst split #4");
    }

    [Fact]
    public void Build_FiguresFarApartInTime_AreSeparatePropositions()
    {
        // Given the same figure stated three months apart
        StoryClaim[] claims = [Troops(1, "Yonhap", 1500), Troops(2, "Reuters", 1500, day: 90)];

        // When the story is built
        // Then they are two propositions: a figure restated a season later is a new statement
        Assert.Equal(2, StoryBuilder.Build([], claims).Propositions.Count);
    }

    [Fact]
    public void Build_DifferentPlaces_AreSeparateAndUnstatedPlaceJoinsTheMainOne()
    {
        // Given 11,000 in Russia (twice), 11,000 in Kursk, and 11,000 with no place
        StoryClaim[] claims =
        [
            Troops(1, "A", 11000, scope: "in Russia"),
            Troops(2, "B", 11000, scope: "in Russia", source: "HUR"),
            Troops(3, "C", 11000, scope: "in the Kursk region", source: "Pentagon"),
            Troops(4, "D", 11000, scope: null, source: "NATO"),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then Kursk stands apart and the figure with no place joins Russia's
        Assert.Equal(2, picture.Propositions.Count);
        Assert.Equal(3, picture.Find("1/c1")!.Mentions);
        Assert.Equal(picture.Find("1/c1")!.Id, picture.Find("4/c1")!.Id);
    }

    [Fact]
    public void Build_Propositions_StrongestFirst()
    {
        // Given one figure from three origins and another from one origin repeated four times
        StoryClaim[] claims =
        [
            Troops(1, "A", 500, counted: "shells", source: "X"),
            Troops(2, "B", 500, counted: "shells", source: "X"),
            Troops(3, "C", 500, counted: "shells", source: "X"),
            Troops(4, "D", 500, counted: "shells", source: "X"),
            Troops(5, "E", 12000, source: "NIS"),
            Troops(6, "F", 12000, source: "Pentagon"),
            Troops(7, "G", 12000, source: "HUR"),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then three independent origins outrank four mentions of one
        Assert.Equal(3, picture.Propositions[0].Origins.Count);
        Assert.Equal(4, picture.Propositions[1].Mentions);
    }

    [Fact]
    public void Build_NoClaims_GivesAnEmptyPicture()
    {
        // Given nothing
        // When the story is built
        var picture = StoryBuilder.Build([], []);

        // Then it is empty, not an error
        Assert.Empty(picture.Propositions);
        Assert.Equal(0, picture.ClaimCount);
    }

    [Fact]
    public void Build_SameNounWithoutNationality_InheritsItFromTheArticle()
    {
        // Given an article counting "North Korean troops" and, later in it, "troops"
        StoryClaim[] claims =
        [
            Troops(1, "Yonhap", 1500, counted: "north korean troops", id: "c1"),
            Troops(1, "Yonhap", 12000, counted: "troops", id: "c2", qualifier: QuantityQualifier.UpTo),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then both count North Korean troops
        Assert.All(picture.Propositions, p => Assert.Equal("north-korea troops", p.Subject.Key));
    }
}
