using Assay.Core.Articles;
using Assay.Core.Quantities;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Annotators.Quantities;

public sealed class QuantityAnnotatorTests
{
    private static List<Quantity> Read(string text)
    {
        var document = new AnnotatedDocument(Article.FromText(text));
        new QuantityAnnotator().Annotate(document);
        return document.Quantities;
    }

    [Theory]
    [InlineData("10\u00A0000 troops")]
    [InlineData("10\u202F000 troops")]
    [InlineData("10\u2009000 troops")]
    [InlineData("10,000 troops")]
    public void Annotate_ThousandsSeparators_ReadOneFigure(string text)
    {
        // Given a figure with any thousands separator
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then it is one figure of ten thousand troops
        Assert.Equal(10000, q.Low);
        Assert.Equal("troops", q.Counted);
    }

    [Theory]
    [InlineData("12k drones", 12000)]
    [InlineData("1.5m shells", 1500000)]
    [InlineData("2 billion rounds", 2000000000)]
    [InlineData("3.5bn rounds", 3500000000)]
    [InlineData("one thousand troops", 1000)]
    [InlineData("two hundred and fifty troops", 250)]
    public void Annotate_ScaledFigures_MultiplyOut(string text, double expected)
    {
        // Given a figure with a suffix or scale word
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then the value is scaled
        Assert.Equal(expected, q.Low);
    }

    [Fact]
    public void Annotate_Figure_SpanCoversQualifierAndNumber()
    {
        // Given a qualified figure inside a sentence
        const string text = "Officials said more than 1,500 troops left.";

        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then its span is exactly the qualifier and the number, and the counted span the noun
        Assert.Equal("more than 1,500", text[q.Span.Start..q.Span.End]);
        Assert.Equal("troops", text[q.CountedSpan!.Value.Start..q.CountedSpan.Value.End]);
    }

    [Theory]
    [InlineData("A brigade is a small part of an army of about 900,000.", "about 900,000", "army")]
    [InlineData("The envoy praised the nation's 1.1 million-strong armed forces.", "1.1 million", "armed forces")]
    [InlineData("The republic keeps 1.3 million active-duty troops.", "1.3 million", "active-duty troops")]
    [InlineData("The general commands 500,000 men at home.", "500,000", "men")]
    [InlineData("Its standing army numbers more than 1.1 million.", "more than 1.1 million", "standing army")]
    public void Annotate_WholeForce_CountsArmyAndKeepsTheWordsThatNameIt(string text, string figure, string words)
    {
        // Given a figure that sizes a whole force
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then it counts the army, and its spans point at the figure and at the words that name the whole
        Assert.Equal("army", q.Counted);
        Assert.Equal(figure, text[q.Span.Start..q.Span.End]);
        Assert.Equal(words, text[q.CountedSpan!.Value.Start..q.CountedSpan.Value.End]);
    }

    [Fact]
    public void Annotate_DescendingPair_KeepsFirstFigureOnly()
    {
        // Given a score-like pair whose second figure is smaller
        // When quantities are read
        var quantities = Read("The vote went 12-3 in the council.");

        // Then no reversed range is produced, and the first figure stands alone
        Assert.DoesNotContain(quantities, q => q.Qualifier == QuantityQualifier.Range);
        Assert.Contains(quantities, q => q.Text == "12" && q.Low == 12);
    }

    [Theory]
    [InlineData("Sightings rose from 12 to 30 to 75 to 140 vehicles in a week.", new double[] { 12, 30, 75, 140 })]
    [InlineData("Its guess moved from 5 to \"about 9\" to \"more than 20\" over the spring.", new double[] { 5, 9, 20 })]
    public void Annotate_ChainOfTo_ReadsEachFigureAlone(string text, double[] lows)
    {
        // Given figures joined by two or more "to"
        // When quantities are read
        var quantities = Read(text);

        // Then each figure stands alone, with its own span into the text and the cue of the sequence
        Assert.Equal(lows, quantities.Select(q => q.Low ?? double.NaN));
        Assert.All(quantities, q =>
        {
            Assert.NotEqual(QuantityQualifier.Range, q.Qualifier);
            Assert.StartsWith("sequence:", q.Cue, StringComparison.Ordinal);
            Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
        });
    }

    [Fact]
    public void Annotate_ChainWithNounAtTheEnd_EveryFigureCountsIt()
    {
        // Given a sequence whose noun follows its last figure
        // When quantities are read
        var quantities = Read("Launches went from 20 to 35 to 60 drones.");

        // Then the earlier figures count the same drones, pointing at the one noun
        Assert.Equal(3, quantities.Count);
        Assert.All(quantities, q => Assert.Equal("drones", q.Counted));
        Assert.Single(quantities.Select(q => q.CountedSpan).Distinct());
    }

    [Fact]
    public void Annotate_SingleTo_StaysARange()
    {
        // Given one "to" between two figures and no verb of change
        // When quantities are read
        var q = Assert.Single(Read("From 1,500 to 3,000 troops crossed at night."));

        // Then it is one range with both bounds
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal((1500d, 3000d), (q.Low!.Value, q.High!.Value));
        Assert.Equal("troops", q.Counted);
    }

    [Theory]
    [InlineData("The two agencies were counting different things.")]
    [InlineData("Three officials said the convoy had turned back.")]
    [InlineData("Reporters cited all three services, which disagree.")]
    [InlineData("According to four diplomats, the talks stalled.")]
    public void Annotate_CountOfSources_IsNoQuantity(string text)
    {
        // Given a sentence whose only figure counts who gives the figures
        // When quantities are read
        // Then none is read
        Assert.Empty(Read(text));
    }

    [Theory]
    [InlineData("Three officials were killed in the blast.", 3)]
    [InlineData("Two journalists were wounded near the bridge.", 2)]
    public void Annotate_SourcesCountedAsCasualties_StayCounts(string text, double expected)
    {
        // Given people who could be sources, counted as casualties
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then the figure stays a count
        Assert.Equal(expected, q.Low);
    }

    [Theory]
    [InlineData("Barges carried 5 million 122 mm and 152 mm shells.", "5 million", "shells")]
    [InlineData("Barges carried 40,000 152mm shells.", "40,000", "shells")]
    [InlineData("Barges carried 40,000 122-mm rockets.", "40,000", "rockets")]
    [InlineData("Barges carried 40,000 105- and 155-mm artillery shells.", "40,000", "artillery shells")]
    [InlineData("Barges carried 40,000 122/152mm rounds.", "40,000", "rounds")]
    public void Annotate_CalibresBeforeTheNoun_AreCrossedAndNoCount(string text, string figure, string counted)
    {
        // Given a figure whose noun follows a run of calibres
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then the figure counts the noun after the calibres, which are no count themselves
        Assert.Equal(figure, text[q.Span.Start..q.Span.End]);
        Assert.Equal(counted, q.Counted);
        Assert.Equal(counted, text[q.CountedSpan!.Value.Start..q.CountedSpan.Value.End]);
    }

    [Theory]
    [InlineData("The deal the two countries struck in May still holds.")]
    [InlineData("Talks between the two Koreas broke down.")]
    [InlineData("It is a matter for all three nations.")]
    [InlineData("The other two allies objected.")]
    [InlineData("Seoul's two partners were not consulted.")]
    [InlineData("It concerns the rights of two sovereign states.")]
    [InlineData("The two sides met again on Friday.")]
    [InlineData("The two sets of estimates cannot be compared.")]
    [InlineData("Two claims in this piece were withdrawn.")]
    [InlineData("The three reports disagree on the date.")]
    [InlineData("Their two accounts differ.")]
    public void Annotate_CountOfPartiesOrEvidence_IsNoQuantity(string text)
    {
        // Given a sentence whose only figure refers to the parties or to the evidence
        // When quantities are read
        // Then none is read
        Assert.Empty(Read(text));
    }

    [Theory]
    [InlineData("The six countries signed the pact.", 6)]
    [InlineData("Troops from three countries took part.", 3)]
    [InlineData("Two countries pledged launchers.", 2)]
    [InlineData("A coalition of four nations paid for the shells.", 4)]
    [InlineData("About two states objected.", 2)]
    [InlineData("Three senior figures were dismissed.", 3)]
    [InlineData("Two accounts were frozen.", 2)]
    [InlineData("The two North Korean soldiers were questioned.", 2)]
    [InlineData("The two brigades moved north.", 2)]
    [InlineData("The two leaders were killed.", 2)]
    [InlineData("The two soldiers' statements differ.", 2)]
    public void Annotate_CountThatTakesPart_StaysAQuantity(string text, double expected)
    {
        // Given a count that is not a mere reference: too large, bare, qualified, ambiguous without a determiner,
        // of something else, or labelled as casualties
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then the figure stays a count
        Assert.Equal(expected, q.Low);
    }

    [Theory]
    [InlineData("Officials raised their estimate of the contingent itself to about 9,000.", "contingent")]
    [InlineData("The size of the North Korean contingent itself was put at 9,000.", "north korean contingent")]
    [InlineData("The strength of the units themselves was put at 9,000.", "units")]
    [InlineData("The size of the force itself was put at 9,000.", "force")]
    public void Annotate_ReflexiveAfterTheNoun_IsNoPartOfTheCounted(string text, string counted)
    {
        // Given a figure that sizes a noun named before it and stressed by a reflexive
        // When quantities are read
        var q = Assert.Single(Read(text));

        // Then the counted words stop before the reflexive, and a collective noun keeps its own word
        Assert.Equal(counted, q.Counted);
        Assert.DoesNotContain("itself", text[q.CountedSpan!.Value.Start..q.CountedSpan.Value.End], StringComparison.Ordinal);
        Assert.DoesNotContain("themselves", text[q.CountedSpan!.Value.Start..q.CountedSpan.Value.End], StringComparison.Ordinal);
    }
}
