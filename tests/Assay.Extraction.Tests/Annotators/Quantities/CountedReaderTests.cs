using Assay.Core.Articles;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Annotators.Quantities;

/// <summary>The label a counted phrase carries when its words are a casualty word or lean on one.</summary>
public sealed class CountedReaderTests
{
    // Reads the counted phrase of the single-token figure <paramref name="figure"/> in a one-sentence text.
    private static (string? Label, string? Words) Read(string text, string figure)
    {
        var document = new AnnotatedDocument(Article.FromText(text));
        var v = new TokenView(document.Text, document.FigureTokens(0));
        var i = 0;
        while (i < v.Count && !v.Chars(i).SequenceEqual(figure))
        {
            i++;
        }

        Assert.True(i < v.Count, $"figure '{figure}' not found");
        var reader = new CountedReader(QuantityLexicon.Default);
        var phrase = reader.After(v, i + 1, vague: false) ?? reader.Before(v, i);
        return phrase is { } p && p.End > p.Start
            ? (p.Label, text[v[p.Start].Start..v[p.End - 1].End])
            : (null, null);
    }

    [Theory]
    [InlineData("Officials confirmed 17 deaths.", "17", "killed")]
    [InlineData("She was among the 17 dead.", "17", "killed")]
    [InlineData("The premier said 16 people died.", "16", "killed")]
    [InlineData("It says 28 were injured.", "28", "wounded")]
    [InlineData("Rescuers took 29 injured to hospital.", "29", "wounded")]
    [InlineData("The death toll rose to 17.", "17", "killed")]
    [InlineData("They put the number of dead at 18.", "18", "killed")]
    [InlineData("The mission verified the deaths of 15 people.", "15", "killed")]
    [InlineData("The mission recorded the injury of 30 others.", "30", "wounded")]
    [InlineData("Killed: 17", "17", "killed")]
    [InlineData("Three were wounded and 2 of them died.", "2", "killed")]
    public void After_CasualtyWording_OneLabel(string text, string figure, string label)
    {
        // Given a casualty figure worded one of many ways
        // When its counted phrase is read
        var (actual, _) = Read(text, figure);

        // Then the label is the one casualty word for it
        Assert.Equal(label, actual);
    }

    [Theory]
    [InlineData("Kyiv said 43,000 soldiers had been killed.", "43,000", "soldiers killed")]
    [InlineData("Portraits of 101 dead soldiers were shown.", "101", "soldiers killed")]
    [InlineData("Officials said 5 soldiers were killed or wounded.", "5", "soldiers killed or wounded")]
    public void After_SpecificNounWithCasualtyWord_KeepsNoun(string text, string figure, string label)
    {
        // Given a specific noun with a casualty word
        // When its counted phrase is read
        var (actual, _) = Read(text, figure);

        // Then the noun stays, followed by the casualty label
        Assert.Equal(label, actual);
    }

    [Theory]
    [InlineData("Officials said 40 people were evacuated.", "40", "people")]
    [InlineData("At least one soldier was captured.", "one", "soldier")]
    [InlineData("The ministry sent 3,000 troops.", "3,000", "troops")]
    public void After_NoCasualtyWord_NoLabel(string text, string figure, string words)
    {
        // Given a count with no casualty word near it
        // When its counted phrase is read
        var (label, actual) = Read(text, figure);

        // Then the phrase is its words and carries no label
        Assert.Null(label);
        Assert.Equal(words, actual);
    }

    [Fact]
    public void After_GenericNounKilled_SpanIsTheCasualtyWord()
    {
        // Given a generic noun with a casualty participle
        // When its counted phrase is read
        var (label, words) = Read("Officials said 16 people were killed.", "16");

        // Then the span is the participle itself, so the words alone already name the killed
        Assert.Equal("killed", label);
        Assert.Equal("killed", words);
    }
}
