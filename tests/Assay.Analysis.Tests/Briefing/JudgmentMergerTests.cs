using Assay.Analysis.Briefing;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using static Assay.Analysis.Tests.Briefing.Judged;

namespace Assay.Analysis.Tests.Briefing;

public sealed class JudgmentMergerTests
{
    private static readonly Subject State = new("north-korea", "North Korea", "", "") { Nationality = "north-korea" };

    private static readonly Subject TroopsInRussia = Troops with { Label = "North Korean troops" };

    [Fact]
    public void Build_BroadAndNarrowStatementOfOneDeployment_StatedOnceOnTheReportsOfBoth()
    {
        // Given "the state has deployed forces" from two origins, and "its troops are in Russia" from two others
        var broad = Bare(Proposition("p1.c1", new Said("a", 1), new Said("b", 2)), State);
        var narrow = Bare(Proposition("p3.c1", new Said("c", 3), new Said("d", 4)), TroopsInRussia);

        // When the briefing is built
        var briefing = BriefingBuilder.Build(Input([broad, narrow]));

        // Then one judgment in the broader words rests on all four origins (odds 3^4 = 81), and a note names the other
        var j = Assert.Single(briefing.KeyJudgments);
        Assert.Equal("p1.c1", j.PropositionId);
        Assert.Equal("It is almost certain [95–99%] that North Korea has deployed forces.", j.Judgment.Text);
        Assert.Equal(4, j.Origins.Count);
        Assert.Equal(81.0 / 82, j.Probability, 9);
        var note = Assert.Single(j.Notes);
        Assert.StartsWith("This judgment also stands for proposition p3.c1, that North Korean troops are deployed in Russia", note.Text, StringComparison.Ordinal);
        Assert.Equal([new ClaimRef(3, "c1"), new ClaimRef(4, "c1")], note.Refs);
        Assert.Single(briefing.Sourcing);
    }

    [Fact]
    public void Build_FigureOrOtherNationality_StatedApart()
    {
        // Given the broad statement, a figure for the same troops, and a statement about another state's troops
        var broad = Bare(Proposition("p1.c1", new Said("a", 1), new Said("b", 2)), State);
        var figure = Proposition("p3.c1", new Said("c", 3)) with { Subject = TroopsInRussia };
        var other = Bare(Proposition("p5.c1", new Said("d", 5)), new Subject("russia troops", "Russian troops", "", "") { Nationality = "russia", Noun = "troops" });

        // When the briefing is built
        var judgments = BriefingBuilder.Build(Input([broad, figure, other])).KeyJudgments;

        // Then each is a judgment of its own
        Assert.Equal(["p1.c1", "p3.c1", "p5.c1"], judgments.Select(j => j.PropositionId).Order(StringComparer.Ordinal));
        Assert.All(judgments, j => Assert.Empty(j.Notes));
    }

    [Fact]
    public void Build_DuplicateBelowTheCut_IsNotFoldedIn()
    {
        // Given room for one judgment, the broad statement from two origins and the narrow one from one
        var broad = Bare(Proposition("p1.c1", new Said("a", 1), new Said("b", 2)), State);
        var narrow = Bare(Proposition("p3.c1", new Said("c", 3)), TroopsInRussia);
        var input = Input([broad, narrow]) with { Options = BriefingOptions.Default with { MaxJudgments = 1 } };

        // When the briefing is built
        var j = Assert.Single(BriefingBuilder.Build(input).KeyJudgments);

        // Then the judgment rests on its own two origins only: what would not have been stated is not counted
        Assert.Equal("p1.c1", j.PropositionId);
        Assert.Equal(2, j.Origins.Count);
    }

    private static Proposition Bare(Proposition p, Subject subject) =>
        p with { Figure = null, Subject = subject, Claims = [.. p.Claims.Select(c => c with { Subject = subject })] };
}
