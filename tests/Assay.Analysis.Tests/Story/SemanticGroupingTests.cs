using Assay.Analysis.Story;
using Assay.Core.Sources;
using static Assay.Analysis.Tests.Story.StoryClaims;

namespace Assay.Analysis.Tests.Story;

public sealed class SemanticGroupingTests
{
    private static readonly StoryOptions WithWords = StoryOptions.Default with { Embedder = new WordEmbedder() };

    [Fact]
    public void Build_SameMeaningDifferentNoun_JoinsAboveTheHighThreshold()
    {
        // Given the same sentence counting "troops" in one article and "servicemen" in another
        StoryClaim[] claims =
        [
            Troops(1, "A", 12000, counted: "north korean troops", text: "About 12,000 North Korean troops have been sent to Russia, the agency said on Friday."),
            Troops(2, "B", 12000, counted: "north korean servicemen and officers", source: "Pentagon", type: SourceType.Military,
                text: "About 12,000 North Korean servicemen have been sent to Russia, the agency said on Friday."),
        ];

        // When the story is built with an embedder
        var picture = StoryBuilder.Build([], claims, options: WithWords);

        // Then the two are one proposition, and the join says why
        var proposition = Assert.Single(picture.Propositions);
        Assert.Contains(proposition.Joins, j => j.StartsWith("meaning ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SimilarButNotSame_IsSuggestedNotJoined()
    {
        // Given two sentences sharing about half their words and a compatible figure
        StoryClaim[] claims =
        [
            Troops(1, "A", 12000, counted: "north korean troops", text: "About 12,000 North Korean troops have been sent to Russia, the agency said."),
            Troops(2, "B", 12000, counted: "north korean labourers", source: "Pentagon", type: SourceType.Military,
                text: "Some 12,000 North Korean labourers arrived at Russian building sites, a ministry said."),
        ];
        var options = WithWords with { JoinThreshold = 0.95, SuggestThreshold = 0.3 };

        // When the story is built
        var picture = StoryBuilder.Build([], claims, options: options);

        // Then they stay two propositions, with a suggestion to merge them
        Assert.Equal(2, picture.Propositions.Count);
        var suggestion = Assert.Single(picture.Suggestions);
        Assert.InRange(suggestion.Similarity, 0.3, 0.95);
    }

    [Fact]
    public void Build_IncompatibleFigures_AreNeverComparedByMeaning()
    {
        // Given identical wording around very different figures
        StoryClaim[] claims =
        [
            Troops(1, "A", 1500, counted: "north korean troops", text: "North Korean troops have been sent to Russia, the agency said."),
            Troops(2, "B", 12000, counted: "north korean soldiers and officers", text: "North Korean troops have been sent to Russia, the agency said."),
        ];
        var embedder = new WordEmbedder();

        // When the story is built
        var picture = StoryBuilder.Build([], claims, options: StoryOptions.Default with { Embedder = embedder });

        // Then they stay apart and the embedder was not even asked
        Assert.Equal(2, picture.Propositions.Count);
        Assert.Equal(0, embedder.Calls);
    }

    [Fact]
    public void Build_AnalystSplitAfterSemanticJoin_Wins()
    {
        // Given two claims joined by meaning
        StoryClaim[] claims =
        [
            Troops(1, "A", 12000, counted: "north korean troops", text: "About 12,000 North Korean troops have been sent to Russia, the agency said on Friday."),
            Troops(2, "B", 12000, counted: "north korean servicemen and officers", source: "Pentagon", type: SourceType.Military,
                text: "About 12,000 North Korean servicemen have been sent to Russia, the agency said on Friday."),
        ];

        // When the analyst splits the second out
        var picture = StoryBuilder.Build([], claims, [new PropositionDecision(1, PropositionDecisionKind.Split, new ClaimRef(2, "c1"), null)], WithWords);

        // Then the analyst's decision holds
        Assert.Equal(2, picture.Propositions.Count);
    }

    [Fact]
    public void Build_SameWordsDifferentPlaces_AreNeverJoinedByMeaning()
    {
        // Given near-identical sentences whose figures are said to be in two different places
        StoryClaim[] claims =
        [
            Troops(1, "A", 12000, counted: "north korean troops", scope: "in Russia", text: "About 12,000 North Korean troops are in Russia, the agency said."),
            Troops(2, "B", 12000, counted: "north korean servicemen and officers", scope: "in Belarus", source: "Pentagon", type: SourceType.Military,
                text: "About 12,000 North Korean troops are in Belarus, the agency said."),
        ];

        // When the story is built with an embedder
        var picture = StoryBuilder.Build([], claims, options: WithWords with { SuggestThreshold = 0.1 });

        // Then the places keep them apart, and nothing is even suggested
        Assert.Equal(2, picture.Propositions.Count);
        Assert.Empty(picture.Suggestions);
    }
}
