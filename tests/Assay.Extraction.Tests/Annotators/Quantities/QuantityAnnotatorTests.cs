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
}
