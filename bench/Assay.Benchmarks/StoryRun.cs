using System.Diagnostics;
using System.Globalization;
using Assay.Analysis.Story;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Benchmarks;

/// <summary><c>--story [N,N,…]</c>: how building the story picture (copy detection, grouping, origins, contradictions)
/// scales with the number of articles. Extraction runs first and is not timed; each size is built three times and the
/// best is kept (once for the largest).</summary>
internal static class StoryRun
{
    public static void Run(IEnumerable<string> args)
    {
        var sizes = args.FirstOrDefault(a => !a.StartsWith('-')) is { } list
            ? list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [1_000, 10_000, 100_000];
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.OSVersion}");
        Console.WriteLine("articles   claims   propositions  copies   copy ms   build ms   µs/claim   alloc MB");
        foreach (var size in sizes)
        {
            var (articles, claims) = Prepare(size);
            var runs = size >= 100_000 ? 1 : 3;
            var bestBuild = double.MaxValue;
            var bestCopy = double.MaxValue;
            StoryPicture? picture = null;
            long allocated = 0;
            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                var links = CopyDetector.Detect(articles, claims);
                bestCopy = Math.Min(bestCopy, watch.Elapsed.TotalMilliseconds);
                var before = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                picture = StoryBuilder.Build(articles, claims);
                bestBuild = Math.Min(bestBuild, watch.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                GC.KeepAlive(links);
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{size,8:N0} {claims.Count,8:N0} {picture!.Propositions.Count,14:N0} {picture.Derived.Count,7:N0} {bestCopy,9:N0} {bestBuild,10:N0} {bestBuild * 1000 / claims.Count,10:0.0} {allocated / 1048576.0,10:N0}"));
        }
    }

    private static (List<StoryArticle> Articles, List<StoryClaim> Claims) Prepare(int size)
    {
        var generated = CorpusGenerator.Generate(size);
        var extractions = new Core.Claims.ArticleExtraction[generated.Length];
        Parallel.For(0, generated.Length, i => extractions[i] = ExtractionPipeline.Default.Extract(generated[i]));
        var articles = new List<StoryArticle>(size);
        var claims = new List<StoryClaim>();
        for (var i = 0; i < extractions.Length; i++)
        {
            var id = i + 1L;
            var e = extractions[i];
            Article a = e.Article;
            articles.Add(new StoryArticle(id, a.Outlet, a.Published, a.Text));
            foreach (var c in e.Claims)
            {
                claims.Add(new StoryClaim(
                    new ClaimRef(id, c.Id),
                    a.Outlet,
                    a.Published,
                    c,
                    c.QuantityIndex is { } q ? e.Quantities[q] : null,
                    c.TimeIndex is { } t ? e.Times[t] : null));
            }
        }

        return (articles, claims);
    }
}
