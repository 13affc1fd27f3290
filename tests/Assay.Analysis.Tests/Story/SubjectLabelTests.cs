using Assay.Analysis.Story;
using Assay.Core.Sources;
using static Assay.Analysis.Tests.Story.StoryClaims;

namespace Assay.Analysis.Tests.Story;

public sealed class SubjectLabelTests
{
    [Fact]
    public void Build_CountedPhraseStoredLowerCase_LabelKeepsTheSentenceSpelling()
    {
        // Given a counted phrase stored in lower case, from a sentence that capitalises the nationality
        StoryClaim[] claims =
        [
            Troops(1, "Wire A", 4000, counted: "north korean soldiers", text: "Around 4000 North Korean soldiers reached the border, the agency said."),
        ];

        // When the story is built
        var proposition = Assert.Single(StoryBuilder.Build([], claims).Propositions);

        // Then the label reads as written, with the canonical noun, while the key stays the lower-case matching key
        Assert.Equal("North Korean troops", proposition.Subject.Label);
        Assert.Equal("north-korea troops", proposition.Subject.Key);
        Assert.Equal("deploy · 4,000 North Korean troops in Russia", proposition.Label);
    }

    [Fact]
    public void Build_SpellingsDiffer_TheMostFrequentWinsAndTheClaimsStayTogether()
    {
        // Given one figure written twice with capitals and once in a shouting headline
        StoryClaim[] claims =
        [
            Troops(1, "Wire A", 4000, counted: "north korean troops", text: "Some 4000 North Korean troops are there, the agency said."),
            Troops(2, "Wire B", 4000, counted: "north korean troops", text: "SOME 4000 NORTH KOREAN TROOPS ARE THERE", day: 1),
            Troops(3, "Wire C", 4000, counted: "North Korean troops", text: "Some 4000 North Korean troops remain, the agency said.", day: 2),
        ];

        // When the story is built
        var proposition = Assert.Single(StoryBuilder.Build([], claims).Propositions);

        // Then the one proposition shows the spelling most claims use
        Assert.Equal(3, proposition.Mentions);
        Assert.Equal("North Korean troops", proposition.Subject.Label);
    }

    [Fact]
    public void Build_SpellingsTied_TheChoiceDoesNotDependOnClaimOrder()
    {
        // Given two claims that spell the nationality differently, once each
        var a = Troops(1, "Wire A", 4000, counted: "north korean troops", text: "Some 4000 North Korean troops are there.");
        var b = Troops(2, "Wire B", 4000, counted: "north korean troops", text: "SOME 4000 NORTH KOREAN TROOPS ARE THERE", day: 0);

        // When the story is built from the claims in either order
        var first = Assert.Single(StoryBuilder.Build([], [a, b]).Propositions).Subject.Label;
        var second = Assert.Single(StoryBuilder.Build([], [b, a]).Propositions).Subject.Label;

        // Then the label is the same
        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_NationalityTakenFromTheAgent_IsWrittenAsTheStoryWritesIt()
    {
        // Given one claim that names the nationality and, in another article, one that only says "troops" sent by the state
        StoryClaim[] claims =
        [
            Troops(1, "Wire A", 4000, counted: "north korean troops", text: "Some 4000 North Korean troops are there, the agency said."),
            Troops(2, "Wire B", 900, counted: "troops", text: "The state sent 900 troops, a ministry said.", source: "Ministry", type: SourceType.Government, day: 40),
        ];

        // When the story is built
        var picture = StoryBuilder.Build([], claims);

        // Then the second reads "North Korean troops", not the state's name before the noun, and both share one key
        var small = Assert.Single(picture.Propositions, p => p.Figure!.Value.Low == 900);
        Assert.Equal("North Korean troops", small.Subject.Label);
        Assert.All(picture.Propositions, p => Assert.Equal("north-korea troops", p.Subject.Key));
    }

    [Theory]
    [InlineData("troops", "Russia", "troops in Russia")]
    [InlineData("", "Kursk", "in Kursk")]
    [InlineData("troops", "", "troops")]
    public void Describe_LabelAndPlace_ReadAsOnePhraseWithSingleSpaces(string label, string place, string expected)
    {
        // Given a subject whose figure may name no noun, or no place
        var subject = new Subject(label, label, place.ToLowerInvariant(), place);

        // When it is described
        // Then it reads as one phrase, with no doubled or leading space
        Assert.Equal(expected, subject.Describe());
    }
}
