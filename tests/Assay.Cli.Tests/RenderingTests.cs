using Assay.Cli.Commands;
using Assay.Cli.Rendering;
using Assay.Cli.Tests.Support;
using Assay.Core.Quantities;
using Assay.Core.Text;
using Assay.Testing;
using Assay.Workspace;
using Spectre.Console.Testing;

namespace Assay.Cli.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void ClaimTable_StoredClaims_MatchesGoldenFile()
    {
        // Given hand-built stored claims and a 120-column console
        var console = new TestConsole().Width(120);

        // When the claims table is rendered
        console.Write(ClaimTable.Build(Samples.StoredClaims()));

        // Then it matches the reviewed rendering
        Golden.Verify("claims-table", console.Output);
    }

    [Fact]
    public void SeriesView_HandBuiltSeries_MatchesGoldenFile()
    {
        // Given a hand-built series (NIS revising 1,500 → 3,000 → 10,000–12,000, the Pentagon, HUR) and a 160-column console
        var console = new TestConsole().Width(160);

        // When the series view is rendered
        SeriesView.Render(console, SeriesSamples.Troops());

        // Then it matches the reviewed rendering: revisions marked, the plot, the pooled range with its method
        Golden.Verify("estimate-series", console.Output);
    }

    [Theory]
    [InlineData(1500.0, 12000.0, QuantityQualifier.Range, "1,500–12,000")]
    [InlineData(1000.0, null, QuantityQualifier.MoreThan, ">1,000")]
    [InlineData(1000.0, null, QuantityQualifier.AtLeast, "≥1,000")]
    [InlineData(null, 12000.0, QuantityQualifier.UpTo, "≤12,000")]
    [InlineData(null, 50.0, QuantityQualifier.LessThan, "<50")]
    [InlineData(500.0, 500.0, QuantityQualifier.Approximate, "~500")]
    [InlineData(42.0, 42.0, QuantityQualifier.Exact, "42")]
    [InlineData(2.5, 2.5, QuantityQualifier.Exact, "2.5")]
    public void Bounds_EachQualifier_ReadsAsWritten(double? low, double? high, QuantityQualifier qualifier, string expected)
    {
        // Given a quantity
        var q = new Quantity(new TextSpan(0, 1), "x", low, high, qualifier, "test");

        // When its bounds are formatted
        // Then they read as a person would say them
        Assert.Equal(expected, Formats.Bounds(q));
    }

    [Theory]
    [InlineData(0.99, "almost certain")]
    [InlineData(0.95, "almost certain")]
    [InlineData(0.94, "very likely")]
    [InlineData(0.7, "likely")]
    [InlineData(0.5, "roughly even chance")]
    [InlineData(0.3, "unlikely")]
    [InlineData(0.1, "very unlikely")]
    [InlineData(0.01, "almost no chance")]
    public void CertaintyWord_Bands_FollowTheTaxonomyEdges(double certainty, string word)
    {
        // Given a certainty
        // When it is put in words
        // Then the word is that of its ICD 203 band
        Assert.Equal(word, CertaintyWords.Word(certainty));
    }

    [Fact]
    public void Bar_OpenUpperBound_RunsToTheEdgeWithAnArrow()
    {
        // Given "more than 3,000" on a scale to 12,000
        var point = new Analysis.Estimates.EstimatePoint(
            new DateOnly(2024, 10, 1), "nis", "troops", 3000, null, QuantityQualifier.MoreThan,
            Analysis.Estimates.EstimateStatus.Assessment, Analysis.Estimates.ReliabilityGrade.F);

        // When drawn 13 cells wide
        var bar = SeriesView.Bar(point, 12000, 13);

        // Then the bar starts a quarter in and ends in an arrow
        Assert.Equal("   ━━━━━━━━━▶", bar);
    }

    [Fact]
    public void Highlighter_Extraction_ColoursSpansAndEscapesBrackets()
    {
        // Given an extraction whose text has a bracket
        var extraction = Samples.Extraction();
        extraction = extraction with { Article = Core.Articles.Article.FromText(extraction.Article.Text.Replace("reached", "[reached]", StringComparison.Ordinal)) };

        // When turned into markup
        var markup = ArticleHighlighter.ToMarkup(extraction);

        // Then mentions, quantities and times carry their colours, the source is bold, and brackets are escaped
        Assert.Contains("[aqua]Pyongyang[/]", markup, StringComparison.Ordinal);
        Assert.Contains("[yellow]between 1,500 and 12,000[/]", markup, StringComparison.Ordinal);
        Assert.Contains("[green]on Friday[/]", markup, StringComparison.Ordinal);
        Assert.Contains("[[reached]]", markup, StringComparison.Ordinal);
        Assert.Contains("[aqua bold]Seoul[/][bold]'s spy agency[/]", markup, StringComparison.Ordinal);
        _ = new Spectre.Console.Markup(markup);
    }

    [Theory]
    [InlineData("more_than", true)]
    [InlineData("More-Than", true)]
    [InlineData("MoreThan", true)]
    [InlineData("more than", false)]
    [InlineData("4", false)]
    public void EnumNames_TryParse_AcceptsNameSpellingsOnly(string text, bool ok)
    {
        // Given a qualifier name in some spelling
        // When parsed
        var parsed = EnumNames.TryParse<QuantityQualifier>(text, out var value);

        // Then names parse and numbers or spaced forms do not
        Assert.Equal(ok, parsed);
        if (ok)
        {
            Assert.Equal(QuantityQualifier.MoreThan, value);
            Assert.Equal("more_than", EnumNames.Of(value));
        }
    }
}
