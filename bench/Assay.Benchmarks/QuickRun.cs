using System.Diagnostics;
using System.Globalization;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;

namespace Assay.Benchmarks;

/// <summary>A fast sanity figure without BenchmarkDotNet: a warm-up pass, then timed passes over the corpus.</summary>
public static class QuickRun
{
    /// <summary>Runs and prints words per second and allocated bytes for extraction and the tokenizing floor, over
    /// <paramref name="articles"/> generated articles or, when <paramref name="files"/> are given, the articles read
    /// from them (any format Assay reads).</summary>
    public static void Run(int articles = 200, int passes = 3, IReadOnlyList<string>? files = null)
    {
        var corpus = files is { Count: > 0 } ? Read(files) : CorpusGenerator.Generate(articles);
        if (corpus.Length == 0)
        {
            Console.Error.WriteLine("no article was read from the files given");
            return;
        }

        var words = CorpusGenerator.CountWords(corpus);
        var pipeline = ExtractionPipeline.Default;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Length} articles, {words:N0} words, {Environment.ProcessorCount} cores, {Environment.Version}"));

        Measure("Extract", words, passes, () =>
        {
            foreach (var article in corpus)
            {
                pipeline.Extract(article);
            }
        });
        Measure("TokenizeOnly", words, passes, () =>
        {
            foreach (var article in corpus)
            {
                Tokenizer.CountTokens(article.Text);
            }
        });
    }

    private static void Measure(string name, long words, int passes, Action pass)
    {
        pass();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < passes; i++)
        {
            pass();
        }

        watch.Stop();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / passes;
        var seconds = watch.Elapsed.TotalSeconds / passes;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-13} {words / seconds,15:N0} words/s/core  {seconds * 1000,9:N1} ms/pass  {allocated,14:N0} B allocated/pass  {(double)allocated / words,8:N1} B/word"));
    }

    // Articles read the way ingest reads them; a file that cannot be read is named and left out.
    private static Article[] Read(IReadOnlyList<string> files)
    {
        var articles = new List<Article>();
        foreach (var result in files.SelectMany(ArticleReader.Default.ReadFile))
        {
            if (result.Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                Console.Error.WriteLine(result.Error);
            }
        }

        return [.. articles];
    }
}
