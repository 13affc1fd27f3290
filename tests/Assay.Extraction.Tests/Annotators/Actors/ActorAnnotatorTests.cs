using Assay.Core.Articles;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Annotators.Actors;

public sealed class ActorAnnotatorTests
{
    private static readonly ActorAnnotator Annotator = new(ActorLexicon.Default);

    private static List<Mention> Annotate(string text, params TextSpan[] sentences)
    {
        var document = new AnnotatedDocument(Article.FromText(text));
        document.Sentences.AddRange(sentences);
        Annotator.Annotate(document);
        return document.Mentions;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("((((''''----....")]
    [InlineData("the the the The the")]
    [InlineData("'s 's ’s")]
    [InlineData("Gen. Lt. Col. Dr. Mr.")]
    public void Annotate_OddInput_FindsNothingAndDoesNotThrow(string text)
    {
        // Given text with no names
        // When it is annotated
        var mentions = Annotate(text);

        // Then nothing is reported
        Assert.Empty(mentions);
    }

    [Fact]
    public void Annotate_LongRunOfCapitalisedWords_StaysLinearAndInBounds()
    {
        // Given a very long text of capitalised words, names and stray punctuation
        var text = string.Concat(Enumerable.Repeat("Alpha Bravo (NIS) Russia's ’s Seoul Gen. Charlie said, ", 5000));

        // When it is annotated
        var mentions = Annotate(text);

        // Then every mention lies inside the text, in order
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(text)));
        Assert.True(mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start));
    }

    [Fact]
    public void Annotate_HyphenatedPair_FindsBothStates()
    {
        // Given a hyphenated pair of states
        // When it is annotated
        var mentions = Annotate("DPRK-Russia ties and North Korea-Russia trade grew.");

        // Then each side is its own mention
        Assert.Equal(["north-korea", "russia", "north-korea", "russia"], mentions.Select(m => m.ActorId));
    }

    [Fact]
    public void Annotate_CurlyApostropheInName_MatchesStraightForm()
    {
        // Given an organisation name written with a curly apostrophe
        // When it is annotated
        var mention = Assert.Single(Annotate("Units of the Korean People’s Army moved."));

        // Then it resolves like the straight form, keeping the text as written
        Assert.Equal("north-korea-kpa", mention.ActorId);
        Assert.Equal("the Korean People’s Army", mention.Text);
    }

    [Fact]
    public void Annotate_DottedAbbreviation_MatchesWithAndWithoutThe()
    {
        // Given the U.S. written with full stops
        // When it is annotated
        var mentions = Annotate("Officials in the U.S. and U.S. forces agreed.");

        // Then the state and its armed forces are found
        Assert.Equal(("the U.S.", "united-states"), (mentions[0].Text, mentions[0].ActorId));
        Assert.Equal(("U.S. forces", "us-armed-forces"), (mentions[1].Text, mentions[1].ActorId));
    }

    [Fact]
    public void Annotate_LongerStateName_WinsOverItsTail()
    {
        // Given states whose names contain another state's name
        // When they are annotated
        var mentions = Annotate("Papua New Guinea, Guinea-Bissau and Equatorial Guinea met Guinea.");

        // Then each resolves to the longest name
        Assert.Equal(["papua-new-guinea", "guinea-bissau", "equatorial-guinea", "guinea"], mentions.Select(m => m.ActorId));
    }

    [Fact]
    public void Annotate_NameAcrossBlankLine_IsNotJoined()
    {
        // Given a name split by a paragraph break
        // When it is annotated
        var mentions = Annotate("They blamed North\n\nKorea for it.");

        // Then no mention spans the break
        Assert.DoesNotContain(mentions, m => m.ActorId == "north-korea");
    }

    [Fact]
    public void Annotate_SentencesGiven_UsesThemForSentenceStarts()
    {
        // Given a sentence splitter that put a sentence start after an abbreviation-free colon
        const string text = "Reports said: Quietly, a spokesman for the army disagreed.";
        var start = text.IndexOf("Quietly", StringComparison.Ordinal);

        // When it is annotated with and without those sentences
        var withSentences = Annotate(text, new TextSpan(0, start - 1), new TextSpan(start, text.Length));
        var withoutSentences = Annotate(text);

        // Then the adverb is dropped only where the sentences say it opens a sentence
        Assert.DoesNotContain(withSentences, m => m.Text == "Quietly");
        Assert.Contains(withoutSentences, m => m.Text == "Quietly" && m.Kind == ActorKind.Person);
    }

    [Fact]
    public void Annotate_UnknownCandidate_HasSlugIdAndNoCountry()
    {
        // Given an unknown person introduced by a title
        // When it is annotated
        var mention = Assert.Single(Annotate("The claim came from Colonel Anna-Maria O'Neill on Friday."));

        // Then it is a person candidate with a slug id
        Assert.Equal("Anna-Maria O'Neill", mention.Text);
        Assert.Equal("unknown:anna-maria-o-neill", mention.ActorId);
        Assert.Equal(ActorKind.Person, mention.Kind);
        Assert.Null(mention.Country);
    }

    [Fact]
    public void Annotate_RunTwice_AppendsInOrderAfterExistingMentions()
    {
        // Given a document annotated once
        var document = new AnnotatedDocument(Article.FromText("Analyst Petra Lind said Seoul was calm."));
        Annotator.Annotate(document);
        var first = document.Mentions.Count;

        // When it is annotated again
        Annotator.Annotate(document);

        // Then the second batch repeats the first in the same order
        Assert.Equal(2, first);
        Assert.Equal(document.Mentions.Take(first).Select(m => m.Text), document.Mentions.Skip(first).Select(m => m.Text));
    }
}
