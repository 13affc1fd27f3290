using System.Diagnostics;
using Assay.Core.Articles;
using Assay.Corpus;
using Assay.Extraction.Pipeline;

namespace Assay.Cli.Benchmarking;

/// <summary>How fast this machine extracts right now: one thread extracting a fixed set of generated articles,
/// timed before and after an ingest, so that a run made while the machine was slow (a busy neighbour on a shared
/// host, a throttled processor) shows it in its report.</summary>
internal static class SpeedCheck
{
    /// <summary>The articles timed: the first 100 of the seed-42 corpus (about 70,000 words), the same every run.</summary>
    public static IReadOnlyList<Article> Sample { get; } = [.. new CorpusGenerator(42).Articles(100).Select(a => a.Article)];

    /// <summary>Words extracted per second on the calling thread: the best of the timed passes that follow the
    /// warm-up passes (so that the runtime's optimised code is in), over about <paramref name="duration"/>.</summary>
    public static double WordsPerSecond(ExtractionPipeline pipeline, IReadOnlyList<Article> sample, TimeSpan duration, int warmups = 30)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(sample);
        var words = sample.Sum(a => (long)a.WordCount);
        for (var i = 0; i < warmups; i++)
        {
            Pass(pipeline, sample);
        }

        var best = double.MaxValue;
        var total = Stopwatch.StartNew();
        do
        {
            var pass = Stopwatch.StartNew();
            Pass(pipeline, sample);
            best = Math.Min(best, pass.Elapsed.TotalSeconds);
        }
        while (total.Elapsed < duration);

        return words / Math.Max(best, 1e-9);
    }

    private static void Pass(ExtractionPipeline pipeline, IReadOnlyList<Article> sample)
    {
        foreach (var article in sample)
        {
            pipeline.Extract(article);
        }
    }
}
