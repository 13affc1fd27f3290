using System.Diagnostics;
using System.Globalization;
using System.Text;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Benchmarks;

/// <summary>Extraction of one ever longer article: whether its time grows with the article's length and no faster.</summary>
/// <remarks>The article is the generated corpus's text run together, cut at doubling lengths, once with its paragraph
/// breaks and once as one paragraph. A live blog, a transcript or a pasted report can run to hundreds of thousands of
/// characters, and anything an annotator does once per item over every earlier item shows here as a time per character
/// that grows with the length. Each figure is the best of three extractions after one untimed.</remarks>
public static class LongArticleRun
{
    /// <summary>Prints, for each length from 50,000 characters up to <paramref name="longest"/>, the time of one
    /// extraction and its time per 100,000 characters; the text is the generated corpus's, or that of
    /// <paramref name="files"/> (read as they are, run together and repeated) when any are given.</summary>
    public static void Run(int longest = 1_600_000, IReadOnlyList<string>? files = null)
    {
        var text = new StringBuilder();
        var sources = files is { Count: > 0 }
            ? files.Select(File.ReadAllText).ToArray()
            : CorpusGenerator.Generate(1 + (longest / 4_000)).Select(static a => a.Text).ToArray();
        while (text.Length <= longest)
        {
            foreach (var source in sources)
            {
                text.Append(source).Append("\n\n");
            }
        }

        var whole = text.ToString();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one article of {(files is { Count: > 0 } ? $"the text of {files.Count} files" : "generated text")}, {Environment.ProcessorCount} cores, {Environment.Version}; best of 3 extractions"));
        Console.WriteLine("characters    paragraphs    ms   ms per 100k chars   one paragraph: ms   ms per 100k chars");
        for (var length = 50_000; length <= longest && length <= whole.Length; length *= 2)
        {
            var part = whole[..length];
            var paragraphs = Article.FromText(part);
            var flat = Article.FromText(part.Replace("\n\n", " ", StringComparison.Ordinal));
            var ms = Time(paragraphs);
            var flatMs = Time(flat);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{length,10:N0} {paragraphs.Paragraphs.Count,13:N0} {ms,9:N1} {ms * 100_000 / length,12:N1} {flatMs,22:N1} {flatMs * 100_000 / length,16:N1}"));
        }
    }

    private static double Time(Article article)
    {
        ExtractionPipeline.Default.Extract(article);
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            ExtractionPipeline.Default.Extract(article);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
