using System.Diagnostics;
using System.Globalization;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Benchmarks;

/// <summary>Where extraction time goes: runs the default pipeline annotator by annotator over the corpus and reports
/// each one's share of the time and of the bytes allocated.</summary>
/// <remarks>The machine is shared, so each figure is the best of several passes (the pass least disturbed by other
/// work), not the mean. Tiered compilation needs several passes over this much code before the optimised code runs;
/// on a busy machine one warm-up pass is not enough, hence <c>--warmup N</c>. Shared token state (<see cref="AnnotatedDocument.Tokens"/>) is computed lazily, so its cost is charged to a
/// separate "tokens" line by forcing it before the first annotator that reads it, and the figure tokens with the word
/// classes of both token lists to a "classes" line.</remarks>
public static class PerAnnotatorRun
{
    /// <summary>Runs <paramref name="warmups"/> warm-up passes, then <paramref name="passes"/> timed passes, and prints one
    /// line per annotator.</summary>
    public static void Run(int articles = 200, int passes = 7, int warmups = 1)
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
                names.Add("classes");
            }
        }

        names.Add("result");
        var ticks = new long[names.Count];
        var bytes = new long[names.Count];
        var passTicks = new long[names.Count];
        var passBytes = new long[names.Count];
        for (var w = 0; w < warmups; w++)
        {
            Pass(corpus, annotators, passTicks, passBytes);
        }

        Array.Fill(ticks, long.MaxValue);
        var totalTicks = long.MaxValue;
        for (var p = 0; p < passes; p++)
        {
            Array.Clear(passTicks);
            Array.Clear(passBytes);
            Pass(corpus, annotators, passTicks, passBytes);
            totalTicks = Math.Min(totalTicks, passTicks.Sum());
            for (var i = 0; i < names.Count; i++)
            {
                ticks[i] = Math.Min(ticks[i], passTicks[i]);
                bytes[i] = passBytes[i];
            }
        }

        // Shares are of the sum of per-annotator bests; the total is the best whole pass.
        var shareTicks = ticks.Sum();
        var totalBytes = bytes.Sum();
        var seconds = (double)totalTicks / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Length} articles, {words:N0} words, {Environment.ProcessorCount} cores, {Environment.Version}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {words / seconds:N0} words/s/core, {(double)totalBytes / words:N1} B/word (best of {passes} passes after {warmups} warm-up)"));
        Console.WriteLine($"{"annotator",-13} {"ms/pass",9} {"time",7} {"B/word",8} {"alloc",7}");
        for (var i = 0; i < names.Count; i++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{names[i],-13} {ticks[i] * 1000.0 / Stopwatch.Frequency,9:N1} {100.0 * ticks[i] / shareTicks,6:N1}% {(double)bytes[i] / words,8:N1} {100.0 * bytes[i] / Math.Max(1, totalBytes),6:N1}%"));
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
                    Time(slot++, ticks, bytes, () => ClassifyTokens(document));
                }
            }

            Time(slot, ticks, bytes, () => document.ToExtraction());
        }
    }

    // The figure tokens and the word classes of both token lists, shared by the scanning annotators.
    private static void ClassifyTokens(AnnotatedDocument document)
    {
        _ = document.TokenClasses.Length;
        if (document.FigureRegions.Count > 0)
        {
            _ = document.FigureTokenClasses(0).Length;
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
