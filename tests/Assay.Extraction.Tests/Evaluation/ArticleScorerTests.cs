using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Extraction.Evaluation;
using static Assay.Extraction.Tests.Evaluation.EvalFixtures;

namespace Assay.Extraction.Tests.Evaluation;

public sealed class ArticleScorerTests
{
    private static readonly ArticleScorer Scorer = ArticleScorer.Default;

    [Fact]
    public void Score_NullBoundsEqual_CountsQuantityAsTruePositive()
    {
        // Given "more than 1,500" in gold and predicted, both without a high bound
        const string body = "Officials counted more than 1,500 troops.";
        var gold = Article(Gold("more than 1,500", 1500, null));
        var extraction = Extracted(body, [Predicted(body, "more than 1,500", 1500, null)]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then the bounds agree
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Quantity]);
    }

    [Fact]
    public void Score_WrongBounds_CountsOneFalsePositiveAndOneFalseNegative()
    {
        // Given gold "up to 12,000" (no low bound) predicted as exactly 12,000
        const string body = "They sent up to 12,000 troops.";
        var gold = Article(Gold("up to 12,000", null, 12000));
        var extraction = Extracted(body, [Predicted(body, "12,000", 12000, 12000)]);

        // When scored
        var evaluation = Scorer.Score(gold, extraction);

        // Then the pair is wrong on both sides, and the finding says what was expected
        Assert.Equal(new FieldScore(0, 1, 1), evaluation.Sheet[EvalField.Quantity]);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(FindingKind.Wrong, finding.Kind);
        Assert.Contains(new FieldDifference(EvalField.Quantity, "<=12000", "12000"), finding.Differences);
    }

    [Fact]
    public void Score_UnmatchedPredictionWithClaim_CountsFalsePositiveInEveryFieldItFills()
    {
        // Given no gold quantities and a predicted year whose claim has a source, stance, event and time
        const string body = "In 2023 the convoy left.";
        var gold = Article();
        var extraction = Extracted(body, [Predicted(body, "2023", 2023, 2023, counted: null)], [Claim(0, time: 0)], [Time("2023")]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then each filled field has one false positive and counted, left empty, has none
        foreach (var field in (EvalField[])[EvalField.Quantity, EvalField.Source, EvalField.Stance, EvalField.Event, EvalField.Time])
        {
            Assert.Equal(new FieldScore(0, 1, 0), sheet[field]);
        }

        Assert.Equal(default, sheet[EvalField.Counted]);
        Assert.Equal(default, sheet[EvalField.Via]);
    }

    [Fact]
    public void Score_UnmatchedGold_CountsFalseNegativeInEveryFieldItHolds()
    {
        // Given a gold quantity with a via and a time, and nothing predicted
        const string body = "Lawmakers said, citing the NIS, that 3,000 troops left last week.";
        var gold = Article(Gold("3,000", 3000, 3000, source: "National Intelligence Service", sourceType: "intelligence", time: "2024-W42", via: "lawmakers"));
        var extraction = Extracted(body, []);

        // When scored
        var evaluation = Scorer.Score(gold, extraction);

        // Then every field is one false negative and the miss is listed at the figure
        foreach (var field in Enum.GetValues<EvalField>())
        {
            Assert.Equal(new FieldScore(0, 0, 1), evaluation.Sheet[field]);
        }

        var miss = Assert.Single(evaluation.Findings);
        Assert.Equal((FindingKind.Miss, body.IndexOf("3,000", StringComparison.Ordinal)), (miss.Kind, miss.Offset));
    }

    [Fact]
    public void Score_QuantityWithoutClaim_HasNullClaimFields()
    {
        // Given a matched pair whose prediction no claim carries
        const string body = "About 500 troops arrived.";
        var gold = Article(Gold("About 500", 500, 500, source: "Daily Test"));
        var extraction = Extracted(body, [Predicted(body, "About 500", 500, 500)]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then source, stance and event are misses, counted (on the quantity) is right, and stance accuracy counts a wrong one
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Counted]);
        Assert.Equal(new FieldScore(0, 0, 1), sheet[EvalField.Source]);
        Assert.Equal(new FieldScore(0, 0, 1), sheet[EvalField.Stance]);
        Assert.Equal(new Accuracy(0, 1), sheet.StanceAccuracy);
    }

    [Fact]
    public void Score_SourceAliasResolvingToSameActor_IsCorrect()
    {
        // Given gold credits "North Korea" and the claim credits "Pyongyang", with no actor id on the claim
        const string body = "Pyongyang said 200 shells were sent.";
        var gold = Article(Gold("200", 200, 200, source: "North Korea", sourceType: "government", @event: "supply", counted: "shells"));
        var extraction = Extracted(body, [Predicted(body, "200", 200, 200, counted: "shells")], [Claim(0, source: "Pyongyang", type: SourceType.Government, @event: EventType.Supply)]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then the source is right by actor id, and counts towards source accuracy
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Source]);
        Assert.Equal(new Accuracy(1, 1), sheet.SourceAccuracy);
    }

    [Fact]
    public void Score_SourceNamesContainingEachOther_AreCorrect()
    {
        // Given gold "John Kirby" and a claim crediting "Kirby", and a different source elsewhere
        const string body = "Kirby said 3,000 had left. Others said 4,000.";
        var gold = Article(
            Gold("3,000", 3000, 3000, source: "John Kirby", sourceType: "official"),
            Gold("4,000", 4000, 4000, source: "South Korean lawmakers", sourceType: "official"));
        var extraction = Extracted(
            body,
            [Predicted(body, "3,000", 3000, 3000), Predicted(body, "4,000", 4000, 4000)],
            [Claim(0, source: "the Kirby", type: SourceType.Official), Claim(1, source: "Ukrainian officials", type: SourceType.Official)]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then the first source is right and the second wrong on both sides
        Assert.Equal(new FieldScore(1, 1, 1), sheet[EvalField.Source]);
        Assert.Equal(new Accuracy(1, 2), sheet.SourceAccuracy);
    }

    [Fact]
    public void Score_OutletSource_IsRightWhenTheClaimFallsBackToTheOutletAndLeftOutOfSourceAccuracy()
    {
        // Given an uncredited figure: gold names the outlet, the claim credits the outlet under another name
        const string body = "About 500 troops arrived.";
        var gold = Article(Gold("About 500", 500, 500, source: "Gazette of Testing", sourceType: "outlet"));
        var extraction = Extracted(body, [Predicted(body, "About 500", 500, 500)], [Claim(0, source: "the outlet", type: SourceType.Outlet)]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then the source is right, and source accuracy has nothing to count
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Source]);
        Assert.Equal(default, sheet.SourceAccuracy);
    }

    [Fact]
    public void Score_GoldWeekAndPredictedDayInside_IsCorrectTime()
    {
        // Given gold time 2024-W42 (14-20 October 2024) and claims dated 16 and 21 October
        const string body = "Last week 1,500 left and 2,000 more followed.";
        var gold = Article(Gold("1,500", 1500, 1500, time: "2024-W42"), Gold("2,000", 2000, 2000, time: "2024-W42"));
        var extraction = Extracted(
            body,
            [Predicted(body, "1,500", 1500, 1500), Predicted(body, "2,000", 2000, 2000)],
            [Claim(0, time: 0), Claim(1, time: 1)],
            [Time("2024-10-16"), Time("2024-10-21")]);

        // When scored
        var sheet = Scorer.Score(gold, extraction).Sheet;

        // Then the day inside the week is right and the day after it is wrong
        Assert.Equal(new FieldScore(1, 1, 1), sheet[EvalField.Time]);
    }

    [Fact]
    public void Score_ViaAndEventAndStance_CountPerField()
    {
        // Given gold with a via, event "none" and stance "reported"; the claim has the same via, event None and stance asserted
        const string body = "The channel has 900 subscribers.";
        var gold = Article(Gold("900", 900, 900, source: "Rybar", sourceType: "media", stance: "reported", @event: "none", counted: "subscribers", via: "the Wall Street Journal"));
        var extraction = Extracted(
            body,
            [Predicted(body, "900", 900, 900, counted: "subscriber")],
            [Claim(0, source: "Rybar", type: SourceType.Media, stance: Stance.Asserted, @event: EventType.None, via: "Wall Street Journal")]);

        // When scored
        var evaluation = Scorer.Score(gold, extraction);

        // Then via, event and counted are right and stance is wrong
        var sheet = evaluation.Sheet;
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Via]);
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Event]);
        Assert.Equal(new FieldScore(1, 0, 0), sheet[EvalField.Counted]);
        Assert.Equal(new FieldScore(0, 1, 1), sheet[EvalField.Stance]);
        Assert.Equal([new FieldDifference(EvalField.Stance, "reported", "asserted")], Assert.Single(evaluation.Findings).Differences);
    }
}
