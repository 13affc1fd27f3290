using Assay.Analysis.Briefing;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using static Assay.Analysis.Tests.Briefing.Judged;

namespace Assay.Analysis.Tests.Briefing;

public sealed class RefutedReportJudgmentTests
{
    // The report: an unnamed official in article 1, shown false by a fact-checker in article 3.
    private static readonly Proposition Report =
        Proposition("p1.c1", new Said("official", 1), new Said("checker", 3, Stance.Refuted));

    [Fact]
    public void Build_RemarkInTheArticleOfARefutedReport_RefuterWeighsAgainstIt()
    {
        // Given a remark by another origin in the article that carried the report, marked as resting on it
        var remark = Resting("p1.c2", Proposition("p1.c2", new Said("pentagon", 1)));

        // When judged
        var j = BriefingBuilder.Build(Input([Report, remark])).KeyJudgments.Single(k => k.PropositionId == "p1.c2");

        // Then the fact-checker counts against it as against the report: odds 3 / 3 = 1, where it stood at 0.75 alone
        Assert.Equal(0.5, j.Probability, 9);
        Assert.Equal("roughly-even-chance", j.Band.Value);
        Assert.Equal(["source:checker"], j.Contradicting.Select(o => o.Id));
        Assert.Contains("part of it rests on a report that Agency CHECKER showed false", j.ConfidenceStatement.Text, StringComparison.Ordinal);
        Assert.Contains(new ClaimRef(3, "c1"), j.ConfidenceStatement.Refs);
        var note = Assert.Single(j.Notes, n => n.Text.StartsWith("It rests in part on", StringComparison.Ordinal));
        Assert.Contains(new ClaimRef(3, "c1"), note.Refs);
        Assert.Empty(EstimativeLint.Check(j.ConfidenceStatement.Text));
    }

    [Fact]
    public void Build_RestingWithAnIndependentOrigin_TheOtherOriginStillCounts()
    {
        // Given the remark in the report's article and a firm report by an independent origin in article 5
        var remark = Resting("p1.c2", Proposition("p1.c2", new Said("pentagon", 1), new Said("nato", 5)));

        // When judged
        var j = BriefingBuilder.Build(Input([Report, remark])).KeyJudgments.Single(k => k.PropositionId == "p1.c2");

        // Then odds 3 · 3 / 3 = 3: p = 0.75, lower than the 0.9 of two unchallenged origins
        Assert.Equal(0.75, j.Probability, 9);
    }

    [Fact]
    public void Build_OriginThatMadeTheRefutedReport_RefuterWeighsAgainstItsOtherStatement()
    {
        // Given the official's later statement on the same event and subject, in another article
        var later = Resting("p4.c1", Proposition("p4.c1", new Said("official", 4)));

        // When judged
        var j = BriefingBuilder.Build(Input([Report, later])).KeyJudgments.Single(k => k.PropositionId == "p4.c1");

        // Then the fact-checker weighs against it: p = 0.5
        Assert.Equal(0.5, j.Probability, 9);
    }

    [Fact]
    public void Build_CopyOfTheRefutedArticle_RefuterWeighsAgainstIt()
    {
        // Given an article 6 copied from article 1, whose claim a different origin makes
        var copied = Resting("p6.c1", Proposition("p6.c1", new Said("wire", 6)));
        var picture = new StoryPicture([Report, copied], [], [], [new DerivedLink(6, 1, 0.9, "shared wording 0.90")], 3, 0);
        var input = Input([Report, copied]) with { Picture = picture };

        // When judged
        var j = BriefingBuilder.Build(input).KeyJudgments.Single(k => k.PropositionId == "p6.c1");

        // Then the fact-checker weighs against it
        Assert.Equal(0.5, j.Probability, 9);
    }

    [Fact]
    public void Build_RefuterAlsoStatesIt_NotCountedAgainst()
    {
        // Given a remark in the report's article that the fact-checker itself also states
        var remark = Resting("p1.c2", Proposition("p1.c2", new Said("pentagon", 1), new Said("checker", 7)));

        // When judged
        var j = BriefingBuilder.Build(Input([Report, remark])).KeyJudgments.Single(k => k.PropositionId == "p1.c2");

        // Then it counts once, for: odds 9, p = 0.9
        Assert.Equal(0.9, j.Probability, 9);
        Assert.Empty(j.Contradicting);
    }

    [Fact]
    public void Build_RestingPropositionResolvedByTheAnalyst_ResolutionStands()
    {
        // Given the remark, confirmed by the analyst
        var remark = Resting("p1.c2", Proposition("p1.c2", new Said("pentagon", 1)));
        var resolution = new Resolution(3, "1/c2", ResolutionOutcome.Confirmed, null, new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.Zero), "seen");

        // When the briefing is built
        var briefing = BriefingBuilder.Build(Input([Report, remark], resolutions: [resolution]));

        // Then it is not judged again; it is listed as resolved
        Assert.DoesNotContain(briefing.KeyJudgments, k => k.PropositionId == "p1.c2");
        Assert.Contains(briefing.Resolved, s => s.Refs.Contains(new ClaimRef(1, "c2")));
    }

    [Fact]
    public void Build_RestingMarkWithoutAFoundRefuter_UnchangedWithTheOldCaveat()
    {
        // Given a proposition marked as resting on a refuted report that is not in the picture
        var orphan = Resting("p9.c1", Proposition("p9.c1", new Said("pentagon", 9)), restsOn: "p8.c1");

        // When judged
        var j = Assert.Single(BriefingBuilder.Build(Input([orphan])).KeyJudgments);

        // Then nothing weighs against it, and the caveat says only that the report was refuted
        Assert.Equal(0.75, j.Probability, 9);
        Assert.Contains("part of it rests on a report that was refuted", j.ConfidenceStatement.Text, StringComparison.Ordinal);
    }

    /// <summary>The proposition with its claims renamed to <paramref name="id"/>'s claim id, marked as resting on the refuted
    /// proposition <paramref name="restsOn"/>.</summary>
    private static Proposition Resting(string id, Proposition p, string restsOn = "p1.c1")
    {
        var claimId = id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var first = p.Claims[0];
        var renamed = first with
        {
            Claim = first.Claim with { Ref = new ClaimRef(first.Claim.Ref.ArticleId, claimId), Claim = first.Claim.Claim with { Id = claimId } },
        };
        return p with { Claims = [renamed, .. p.Claims.Skip(1)], RestsOnRefuted = true, RestsOn = [restsOn] };
    }
}
