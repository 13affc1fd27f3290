using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using BenchmarkDotNet.Attributes;

namespace Assay.Benchmarks;

/// <summary>The default extraction pipeline over a generated corpus, against a bare tokenizing pass as the floor.</summary>
[MemoryDiagnoser]
[Config(typeof(WordsPerSecondConfig))]
public class ExtractionBenchmarks
{
    private Article[] _corpus = [];

    /// <summary>Articles in the corpus.</summary>
    [Params(100)]
    public int Articles { get; set; }

    /// <summary>Generates the corpus and builds the pipeline outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusGenerator.Generate(Articles);
        _ = ExtractionPipeline.Default;
    }

    /// <summary>Full extraction of every article; returns the claim count so nothing is optimised away.</summary>
    [Benchmark]
    public int Extract()
    {
        var claims = 0;
        foreach (var article in _corpus)
        {
            claims += ExtractionPipeline.Default.Extract(article).Claims.Count;
        }

        return claims;
    }

    /// <summary>Splitting the same text into tokens and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeOnly()
    {
        var tokens = 0;
        foreach (var article in _corpus)
        {
            tokens += Tokenizer.CountTokens(article.Text);
        }

        return tokens;
    }
}
