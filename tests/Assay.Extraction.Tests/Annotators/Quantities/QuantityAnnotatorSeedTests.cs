using Assay.Core.Articles;
using Assay.Core.Quantities;
using Assay.Core.Time;
using Assay.Extraction.Pipeline;
using Assay.Testing;

namespace Assay.Extraction.Tests.Annotators.Quantities;

/// <summary>The founding article: its range, its "over a thousand", its negated "more than" and its dates.</summary>
public sealed class QuantityAnnotatorSeedTests
{
    private static AnnotatedDocument AnnotateSeed()
    {
        // The plain-text seed breaks one paragraph with a blank line; a real reader joins it, so the test does too.
        var text = File.ReadAllText(SharedData.SeedArticle).Replace("\n\nanywhere", " anywhere", StringComparison.Ordinal);
        var article = Article.FromText(text) with { Published = new DateOnly(2024, 10, 21) };
        return ExtractionPipeline.Default.Annotate(article);
    }

    [SharedDataFact]
    public void Annotate_SeedRange_KeepsBothBoundsWithCountedAndScope()
    {
        // Given the seed article
        // When it is annotated
        var document = AnnotateSeed();

        // Then the 1,500 to 12,000 range is one quantity with both bounds, the KPA counted, in Russia
        var range = Assert.Single(document.Quantities, q => q.Qualifier == QuantityQualifier.Range);
        Assert.Equal("anywhere between 1,500 to 12,000", range.Text);
        Assert.Equal(1500, range.Low);
        Assert.Equal(12000, range.High);
        Assert.Contains("KPA", range.Counted, StringComparison.Ordinal);
        Assert.Equal("in Russia", range.Scope);
        Assert.Equal(range.Text, document.Slice(range.Span));
    }

    [SharedDataFact]
    public void Annotate_SeedOverAThousand_CountsSpecialForces()
    {
        // Given the seed article
        // When it is annotated
        var document = AnnotateSeed();

        // Then "over a thousand" is an open-ended lower bound on special forces
        var q = Assert.Single(document.Quantities, q => q.Text == "over a thousand");
        Assert.Equal(QuantityQualifier.MoreThan, q.Qualifier);
        Assert.Equal(1000, q.Low);
        Assert.Null(q.High);
        Assert.Equal("special forces", q.Counted);
    }

    [SharedDataFact]
    public void Annotate_SeedNegatedMoreThan_IsUpToFifteenHundredTroops()
    {
        // Given the seed article
        // When it is annotated
        var document = AnnotateSeed();

        // Then "would not need to number more than 1,500 troops" caps the figure at 1,500
        var q = Assert.Single(document.Quantities, q => q.Text == "more than 1,500");
        Assert.Equal(QuantityQualifier.UpTo, q.Qualifier);
        Assert.Null(q.Low);
        Assert.Equal(1500, q.High);
        Assert.Equal("troops", q.Counted);
    }

    [SharedDataFact]
    public void Annotate_Seed_FindsNoQuantityInNamesOrYears()
    {
        // Given the seed article
        // When it is annotated
        var document = AnnotateSeed();

        // Then the S-400, the 105th division and the years are not counts: only the three figures remain
        Assert.Equal(3, document.Quantities.Count);
    }

    [SharedDataFact]
    public void Annotate_SeedTimes_ResolveAgainstPublicationDate()
    {
        // Given the seed article published on 2024-10-21
        // When it is annotated
        var document = AnnotateSeed();

        // Then its month and year references resolve with their relations
        Assert.Contains(document.Times, t => t.Text == "June of this year" && t.Value == "2024-06" && t.Granularity == TimeGranularity.Month);
        Assert.Contains(document.Times, t => t.Text == "June 2024" && t.Value == "2024-06");
        Assert.Contains(document.Times, t => t.Text == "at least 2022" && t.Value == "2022" && t.Relation == TimeRelation.Since);
        Assert.Contains(document.Times, t => t.Text == "2023" && t.Value == "2023" && t.Relation == TimeRelation.At);
        Assert.All(document.Times, t => Assert.Equal(t.Text, document.Slice(t.Span)));
    }
}
