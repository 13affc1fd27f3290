using Assay.Extraction.Evaluation;
using static Assay.Extraction.Tests.Evaluation.EvalFixtures;

namespace Assay.Extraction.Tests.Evaluation;

public sealed class QuantityMatcherTests
{
    [Fact]
    public void Match_PredictionOverlapsGoldText_Pairs()
    {
        // Given a gold "more than 1,500" and a prediction covering only "1,500"
        const string body = "Officials counted more than 1,500 troops.";
        var gold = new[] { Gold("more than 1,500", 1500, null) };
        var predicted = new[] { Predicted(body, "1,500", 1500, 1500) };

        // When they are matched
        var matching = QuantityMatcher.Match(body, gold, predicted);

        // Then the overlap is enough to pair them
        var pair = Assert.Single(matching.Pairs);
        Assert.Equal((0, 0), (pair.Gold, pair.Predicted));
        Assert.Empty(matching.UnmatchedGold);
        Assert.Empty(matching.UnmatchedPredicted);
    }

    [Fact]
    public void Match_RepeatedFigures_PairInTextOrder()
    {
        // Given "17" twice in gold and twice in the text, predicted at both places
        const string body = "The toll rose to 17 on Monday. By night 17 were named.";
        var gold = new[] { Gold("17", 17, 17, stance: "asserted"), Gold("17", 17, 17, stance: "confirmed") };
        var predicted = new[] { Predicted(body, "17", 17, 17, occurrence: 0), Predicted(body, "17", 17, 17, occurrence: 1) };

        // When they are matched
        var matching = QuantityMatcher.Match(body, gold, predicted);

        // Then the first gold entry takes the first figure and the second the second
        Assert.Equal([(0, 0), (1, 1)], matching.Pairs.Select(p => (p.Gold, p.Predicted)));
    }

    [Fact]
    public void Match_OnlySecondOfRepeatedFigurePredicted_PairsItWithTheSecondGoldEntry()
    {
        // Given two gold "17" entries but a prediction only at the second figure
        const string body = "The toll rose to 17 on Monday. By night 17 were named.";
        var gold = new[] { Gold("17", 17, 17), Gold("17", 17, 17) };
        var predicted = new[] { Predicted(body, "17", 17, 17, occurrence: 1) };

        // When they are matched
        var matching = QuantityMatcher.Match(body, gold, predicted);

        // Then the second entry, which expects the second figure, gets it and the first is the miss
        Assert.Equal([(1, 0)], matching.Pairs.Select(p => (p.Gold, p.Predicted)));
        Assert.Equal([0], matching.UnmatchedGold);
        Assert.Equal(body.IndexOf("17", StringComparison.Ordinal), matching.GoldLocations[0]!.Value.Start);
    }

    [Fact]
    public void Match_TwoGoldTextsOverlapOnePrediction_LargestOverlapWins()
    {
        // Given gold "more than 1,000" and a later bare "1,000", and one prediction over the first phrase
        const string body = "Seoul saw more than 1,000 troops leave; a further 1,000 followed.";
        var gold = new[] { Gold("more than 1,000", 1000, null), Gold("1,000", 1000, 1000) };
        var predicted = new[] { Predicted(body, "more than 1,000", 1000, null) };

        // When they are matched
        var matching = QuantityMatcher.Match(body, gold, predicted);

        // Then the prediction pairs with the longer gold text and the bare figure is missed
        Assert.Equal([(0, 0)], matching.Pairs.Select(p => (p.Gold, p.Predicted)));
        Assert.Equal([1], matching.UnmatchedGold);
        Assert.Equal(body.LastIndexOf("1,000", StringComparison.Ordinal), matching.GoldLocations[1]!.Value.Start);
    }

    [Fact]
    public void Match_PredictionAwayFromAnyGoldText_IsAFalseHit()
    {
        // Given a year predicted as a quantity, which gold never lists
        const string body = "In 2023 about 500 troops arrived.";
        var gold = new[] { Gold("about 500", 500, 500) };
        var predicted = new[] { Predicted(body, "2023", 2023, 2023), Predicted(body, "about 500", 500, 500) };

        // When they are matched
        var matching = QuantityMatcher.Match(body, gold, predicted);

        // Then the year is a false hit and the figure is paired
        Assert.Equal([0], matching.UnmatchedPredicted);
        Assert.Equal([(0, 1)], matching.Pairs.Select(p => (p.Gold, p.Predicted)));
    }

    [Fact]
    public void Match_GoldTextNotInBody_IsAMissWithoutLocation()
    {
        // Given a gold text the body does not contain
        const string body = "Nothing to count here.";
        var gold = new[] { Gold("about 40", 40, 40) };

        // When matched against no predictions
        var matching = QuantityMatcher.Match(body, gold, []);

        // Then it is missed and has no location
        Assert.Equal([0], matching.UnmatchedGold);
        Assert.Null(matching.GoldLocations[0]);
    }
}
