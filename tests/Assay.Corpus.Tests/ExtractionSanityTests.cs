using Assay.Extraction.Pipeline;

namespace Assay.Corpus.Tests;

public sealed class ExtractionSanityTests
{
    [Fact]
    public void Annotate_GeneratedArticles_FindsQuantitiesSourcesAndTimes()
    {
        // Given 200 generated articles
        var articles = new CorpusGenerator(11).Articles(200).ToList();

        // When the real extractor annotates them
        var documents = articles.Select(a => ExtractionPipeline.Default.Annotate(a.Article)).ToList();

        // Then nearly every article yields quantities, attributed sources and times, at plausible densities
        Assert.True(documents.Count(d => d.Quantities.Count > 0) >= 190, "quantities");
        Assert.True(documents.Count(d => d.Attributions.Count > 0) >= 190, "attributions");
        Assert.True(documents.Count(d => d.Times.Count > 0) >= 190, "times");
        Assert.True(documents.Count(d => d.Hedges.Count > 0) >= 150, "hedges");
        var words = articles.Sum(a => a.Article.WordCount);
        Assert.InRange(documents.Sum(d => d.Quantities.Count) * 1000.0 / words, 5, 80);
        Assert.InRange(documents.Sum(d => d.Times.Count) * 1000.0 / words, 2, 60);
    }
}
