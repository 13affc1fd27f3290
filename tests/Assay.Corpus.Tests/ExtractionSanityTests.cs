using System.Diagnostics;
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

    [Fact]
    public void Articles_OneThread_GeneratesThousandsPerSecond()
    {
        // Given a warmed-up generator
        var generator = new CorpusGenerator(5);
        _ = generator.Articles(500).Count();

        // When 20,000 articles are generated on one thread
        var watch = Stopwatch.StartNew();
        long words = 0;
        foreach (var article in generator.Articles(20_000))
        {
            words += article.Article.WordCount;
        }

        var perSecond = 20_000 / watch.Elapsed.TotalSeconds;

        // Then the rate is well above what a benchmark needs (the bound is low so a Debug build on a busy machine passes;
        // a Release build on one core does several thousand a second)
        Assert.True(perSecond > 1_000, $"{perSecond:N0} articles/s, {words / watch.Elapsed.TotalSeconds:N0} words/s");
        Console.WriteLine($"generation: {perSecond:N0} articles/s, {words / watch.Elapsed.TotalSeconds:N0} words/s");
    }
}
