using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Time;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Testing;

namespace Assay.Extraction.Tests;

/// <summary>The founding example, read from ../shared/seeds (never copied here), end to end through reader and pipeline.</summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<ArticleExtraction> Seed = new(() =>
    {
        var read = ArticleReader.Default.ReadFile(SharedData.SeedArticle).Single();
        Assert.True(read.Succeeded, read.Error);
        return ExtractionPipeline.Default.Extract(read.Article!);
    });

    private static ArticleExtraction X => Seed.Value;

    private static string TimeOf(Claim c) => c.TimeIndex is { } t ? X.Times[t].Value : "";

    [SharedDataFact]
    public void Seed_Metadata_IsOpinionFromTheMoscowTimesOn21October2024()
    {
        Assert.Equal(ArticleKind.Opinion, X.Article.Kind);
        Assert.Equal(new DateOnly(2024, 10, 21), X.Article.Published);
        Assert.Equal("The Moscow Times", X.Article.Outlet);
        Assert.Equal("Anthony V. Rinna", X.Article.Byline);
    }

    [SharedDataFact]
    public void Seed_TroopRange_StaysARangeForKpaMembersInRussia_CreditedToEyewitnessesAndIntelligence()
    {
        // Given the sentence putting the number of KPA members in Russia at "anywhere between 1,500 to 12,000"
        var q = Assert.Single(X.Quantities, q => q.Low == 1500 && q.High == 12000);

        // Then it is one range, counting KPA members, scoped to Russia
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Contains("KPA", q.Counted ?? "", StringComparison.Ordinal);
        Assert.Equal("in Russia", q.Scope);
        Assert.Equal("anywhere between 1,500 to 12,000", X.Article.Text[q.Span.Start..q.Span.End]);

        // And its claim credits eyewitness accounts and South Korea's intelligence
        var claim = Assert.Single(X.Claims, c => c.QuantityIndex is { } i && X.Quantities[i] == q);
        Assert.Contains("eyewitness accounts", claim.Source, StringComparison.Ordinal);
        Assert.Contains("South Korea", claim.Source, StringComparison.Ordinal);
        Assert.Contains("intelligence", claim.Source, StringComparison.Ordinal);
        Assert.Equal(SourceType.Intelligence, claim.SourceType);
        Assert.Equal(EventType.Deploy, claim.Event);
    }

    [SharedDataFact]
    public void Seed_SpecialForces_OverAThousand_HasNoUpperBound()
    {
        var q = Assert.Single(X.Quantities, q => q.Text == "over a thousand");
        Assert.Equal(1000, q.Low);
        Assert.Null(q.High);
        Assert.Equal(QuantityQualifier.MoreThan, q.Qualifier);
        Assert.Equal("special forces", q.Counted);
        var claim = Assert.Single(X.Claims, c => c.QuantityIndex is { } i && X.Quantities[i] == q);
        Assert.Equal(Stance.Reported, claim.Stance);
        Assert.Equal(SourceType.Media, claim.SourceType);
    }

    [SharedDataFact]
    public void Seed_DeploymentClaim_RestsOnNisAssessments()
    {
        var claim = Assert.Single(X.Claims, c => c.Text.Contains("have been sent to Russia", StringComparison.Ordinal));
        Assert.Equal(EventType.Deploy, claim.Event);
        Assert.Equal("south-korea-nis", claim.SourceActor);
        Assert.Equal(SourceType.Intelligence, claim.SourceType);
        Assert.Contains("National Intelligence Service", claim.Source, StringComparison.Ordinal);
        Assert.Contains("emerging media reports", claim.Via);
        Assert.Equal("russia", claim.Location);
    }

    [SharedDataFact]
    public void Seed_June2024EngineerReports_AreRefutedAndKeptBesideTheClaim()
    {
        // Given the claim about military engineers sent in June of this year
        var reported = Assert.Single(X.Claims, c => c.Text.Contains("military engineers", StringComparison.Ordinal));
        Assert.Equal(EventType.Deploy, reported.Event);
        Assert.Equal("2024-06", TimeOf(reported));
        Assert.Equal(Stance.Reported, reported.Stance);

        // Then the debunking is its own refuted claim, linked both ways
        var refuted = Assert.Single(X.Claims, c => c.Stance == Stance.Refuted);
        Assert.Contains("did not stand up to scrutiny", refuted.Text, StringComparison.Ordinal);
        Assert.Equal(EventType.Deploy, refuted.Event);
        Assert.Equal("2024-06", TimeOf(refuted));
        Assert.Contains("refutes:" + reported.Id, refuted.Cues);
        Assert.Contains("refuted-by:" + refuted.Id, reported.Cues);
    }

    [SharedDataFact]
    public void Seed_PutinKimAgreement_June2024_WithMutualAssistance()
    {
        var signed = Assert.Single(X.Claims, c => c.Text.Contains("signed an agreement", StringComparison.Ordinal));
        Assert.Equal(EventType.Agreement, signed.Event);
        Assert.Equal("2024-06", TimeOf(signed));
        Assert.Contains(X.Mentions, m => m.Text.Contains("Putin", StringComparison.Ordinal) && signed.Span.Contains(m.Span));
        Assert.Contains(X.Mentions, m => m.Text.Contains("Kim Jong Un", StringComparison.Ordinal) && signed.Span.Contains(m.Span));

        var clause = Assert.Single(X.Claims, c => c.Text.Contains("mutual assistance", StringComparison.Ordinal));
        Assert.Equal(EventType.Agreement, clause.Event);
        Assert.Equal("mutual assistance", clause.Theme);
    }

    [SharedDataFact]
    public void Seed_Speculation_GoesBackToAtLeast2022()
    {
        var claim = Assert.Single(X.Claims, c => c.Text.StartsWith("Speculation that the KPA", StringComparison.Ordinal));
        Assert.Equal(Stance.Speculated, claim.Stance);
        Assert.Equal(EventType.Deploy, claim.Event);
        var time = X.Times[claim.TimeIndex!.Value];
        Assert.Equal("2022", time.Value);
        Assert.Equal(TimeRelation.Since, time.Relation);
        Assert.True(claim.Certainty < 0.5);
    }

    [SharedDataFact]
    public void Seed_S400_IsASpeculatedPossibilityCreditedToASouthKoreanExpert()
    {
        var claim = Assert.Single(X.Claims, c => c.Text.Contains("S-400", StringComparison.Ordinal));
        Assert.Equal(EventType.Deploy, claim.Event);
        Assert.Equal(Stance.Speculated, claim.Stance);
        Assert.Equal(SourceType.Expert, claim.SourceType);
        Assert.Contains("South Korean expert", claim.Source, StringComparison.Ordinal);
        Assert.Equal("russia", claim.Agent);
        Assert.Contains("S-400", claim.Theme ?? "", StringComparison.Ordinal);
        Assert.True(claim.Certainty <= 0.45);
        Assert.DoesNotContain(X.Quantities, q => q.Text.Contains("400", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Seed_Metonyms_ResolveToTheirStates()
    {
        Assert.Contains(X.Mentions, m => m.Text == "Pyongyang" && m.ActorId == "north-korea");
        Assert.Contains(X.Mentions, m => m.Text == "the Kremlin" && m.ActorId == "russia");
        Assert.Contains(X.Mentions, m => m.Text == "Seoul" && m.ActorId == "south-korea");
        Assert.Contains(X.Mentions, m => m.Text == "Moscow" && m.ActorId == "russia");
        Assert.Contains(X.Mentions, m => m.Text == "the DPRK" && m.ActorId == "north-korea");
    }

    [SharedDataFact]
    public void Seed_PylevFigure_IsACeilingOf1500CreditedToHimViaBloknot()
    {
        var claim = Assert.Single(X.Claims, c => c.Text.Contains("Pylev", StringComparison.Ordinal));
        var q = X.Quantities[claim.QuantityIndex!.Value];
        Assert.Null(q.Low);
        Assert.Equal(1500, q.High);
        Assert.Contains("Pylev", claim.Source, StringComparison.Ordinal);
        Assert.Contains("Bloknot", claim.Via);
    }

    [SharedDataFact]
    public void Seed_EveryClaim_PointsAtItsSentence()
    {
        Assert.NotEmpty(X.Claims);
        Assert.All(X.Claims, c => Assert.Equal(c.Text, X.Article.Text[c.Span.Start..c.Span.End]));
        Assert.All(X.Claims, c => Assert.Contains(c.Span, X.Sentences));
        Assert.DoesNotContain(X.Claims, c => c.Text.Contains("Related article", StringComparison.Ordinal));
    }
}
