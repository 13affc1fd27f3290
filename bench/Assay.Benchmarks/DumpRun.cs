using System.Text.Json;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Benchmarks;

/// <summary>Writes every extraction of the generated corpus (and any articles given as paths) as JSON lines, so a
/// tuning change can be checked to leave the output byte for byte the same.</summary>
public static class DumpRun
{
    /// <summary>Extracts and writes one JSON line per article to <paramref name="output"/>.</summary>
    public static void Run(string output, IEnumerable<string> paths)
    {
        var articles = CorpusGenerator.Generate(200).ToList();
        foreach (var path in paths)
        {
            articles.Add(Article.FromText(File.ReadAllText(path)) with { Published = new DateOnly(2024, 10, 21) });
        }

        using var writer = new StreamWriter(output);
        foreach (var article in articles)
        {
            var document = ExtractionPipeline.Default.Annotate(article);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                document.Sentences,
                document.Mentions,
                document.Quantities,
                document.Times,
                document.Attributions,
                document.Hedges,
                document.Events,
                document.Claims,
            }));
        }
    }
}
