using System.Diagnostics;
using System.Globalization;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Benchmarks;

/// <summary>Where extraction time goes: runs the default pipeline annotator by annotator over the corpus and reports
/// each one's share of the time and of the bytes allocated.</summary>
/// <remarks>Shared token state (<see cref="AnnotatedDocument.Tokens"/>) is computed lazily, so its cost is charged to a
/// separate "tokens" line by forcing it before the first annotator that reads it.</remarks>
public static class PerAnnotatorRun
{
    /// <summary>Runs a warm-up pass, then <paramref name="passes"/> timed passes, and prints one line per annotator.</summary>
    public static void Run(int articles = 200, int passes = 3)
    {
        var corpus = CorpusGenerator.Generate(articles);
        var words = CorpusGenerator.CountWords(corpus);
        var annotators = ExtractionPipeline.Default.Annotators;
        var names = new List<string>();
        foreach (var annotator in annotators)
        {
            names.Add(annotator.Name);
            if (annotator.Name == "sentences")
            {
                names.Add("tokens");
            }
        }

        names.Add("result");
        var ticks = new long[names.Count];
        var bytes = new long[names.Count];
        Pass(corpus, annotators, ticks, bytes);
        Array.Clear(ticks);
        Array.Clear(bytes);
        for (var p = 0; p < passes; p++)
        {
            Pass(corpus, annotators, ticks, bytes);
        }

        var totalTicks = ticks.Sum();
        var totalBytes = bytes.Sum();
        var seconds = (double)totalTicks / Stopwatch.Frequency / passes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Length} articles, {words:N0} words, {Environment.ProcessorCount} cores, {Environment.Version}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {words / seconds:N0} words/s/core, {(double)totalBytes / passes / words:N1} B/word"));
        Console.WriteLine($"{"annotator",-13} {"ms/pass",9} {"time",7} {"B/word",8} {"alloc",7}");
        for (var i = 0; i < names.Count; i++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{names[i],-13} {ticks[i] * 1000.0 / Stopwatch.Frequency / passes,9:N1} {100.0 * ticks[i] / totalTicks,6:N1}% {(double)bytes[i] / passes / words,8:N1} {100.0 * bytes[i] / Math.Max(1, totalBytes),6:N1}%"));
        }
    }

    private static void Pass(Article[] corpus, IReadOnlyList<IAnnotator> annotators, long[] ticks, long[] bytes)
    {
        foreach (var article in corpus)
        {
            var document = new AnnotatedDocument(article);
            var slot = 0;
            foreach (var annotator in annotators)
            {
                Time(slot++, ticks, bytes, () => annotator.Annotate(document));
                if (annotator.Name == "sentences")
                {
                    Time(slot++, ticks, bytes, () => _ = document.Tokens.Count);
                }
            }

            Time(slot, ticks, bytes, () => document.ToExtraction());
        }
    }

    private static void Time(int slot, long[] ticks, long[] bytes, Action step)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        step();
        ticks[slot] += Stopwatch.GetTimestamp() - start;
        bytes[slot] += GC.GetAllocatedBytesForCurrentThread() - allocated;
    }
}
