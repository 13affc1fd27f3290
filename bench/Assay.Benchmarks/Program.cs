using Assay.Benchmarks;
using BenchmarkDotNet.Running;

if (args.Contains("--quick"))
{
    // "--passes N": timed passes (default 3); more give a profiler something to sample. "--files PATH...": the
    // articles of those files (every argument after it) instead of the generated corpus.
    var passes = Array.IndexOf(args, "--passes");
    var files = Array.IndexOf(args, "--files");
    QuickRun.Run(
        passes: passes >= 0 && passes + 1 < args.Length ? int.Parse(args[passes + 1], System.Globalization.CultureInfo.InvariantCulture) : 3,
        files: files >= 0 ? args[(files + 1)..] : null);
    return 0;
}

if (args.Contains("--per-annotator"))
{
    // "--warmup N": passes run before timing, so that tiered compilation has finished (default 1).
    var warmup = Array.IndexOf(args, "--warmup");
    PerAnnotatorRun.Run(warmups: warmup >= 0 && warmup + 1 < args.Length ? int.Parse(args[warmup + 1], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return 0;
}

if (args.Contains("--token-stage"))
{
    // "--passes N": passes in each of the seven timed rounds (default 50).
    var passes = Array.IndexOf(args, "--passes");
    TokenStageRun.Run(passes: passes >= 0 && passes + 1 < args.Length ? int.Parse(args[passes + 1], System.Globalization.CultureInfo.InvariantCulture) : 50);
    return 0;
}

if (args.Contains("--long-article"))
{
    // "--longest N": the longest article in characters (default 1,600,000). "--files PATH...": their text instead of
    // the generated corpus's (every argument after it).
    var longest = Array.IndexOf(args, "--longest");
    var files = Array.IndexOf(args, "--files");
    LongArticleRun.Run(
        longest >= 0 && longest + 1 < args.Length ? int.Parse(args[longest + 1], System.Globalization.CultureInfo.InvariantCulture) : 1_600_000,
        files >= 0 ? args[(files + 1)..] : null);
    return 0;
}

if (args.Length >= 1 && args[0] == "--story")
{
    StoryRun.Run(args.Skip(1));
    return 0;
}

if (args.Length >= 2 && args[0] == "--dump")
{
    DumpRun.Run(args[1], args.Skip(2));
    return 0;
}

if (args.Contains("--sample"))
{
    // Prints the first generated article, to eyeball what the corpus reads like.
    var article = CorpusGenerator.Generate(1)[0];
    Console.WriteLine($"{article.Title} | {article.Outlet} | {article.Published:yyyy-MM-dd} | {article.WordCount} words\n");
    Console.WriteLine(article.Text);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
