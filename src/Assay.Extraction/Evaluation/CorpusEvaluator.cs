using Assay.Core.Claims;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Evaluation;

/// <summary>Reads the article beside each gold file, extracts it and scores it; sums the scores.</summary>
public static class CorpusEvaluator
{
    /// <summary>Evaluates <paramref name="pipeline"/> on <paramref name="corpus"/>, reading each article with
    /// <paramref name="readFile"/>; articles that cannot be read or extracted become problems and are not scored.</summary>
    public static CorpusEvaluation Evaluate(
        GoldCorpus corpus,
        Func<string, IEnumerable<ReadResult>> readFile,
        ExtractionPipeline pipeline,
        IReadOnlyList<EvaluationTarget>? targets = null,
        ArticleScorer? scorer = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(readFile);
        ArgumentNullException.ThrowIfNull(pipeline);
        scorer ??= ArticleScorer.Default;
        var problems = new List<EvaluationProblem>(corpus.Problems);
        var evaluations = new List<ArticleEvaluation>();
        foreach (var gold in corpus.Articles)
        {
            if (Extract(gold, readFile, pipeline, problems) is { } extraction)
            {
                evaluations.Add(scorer.Score(gold, extraction));
            }
        }

        return Summarise(corpus.Folder, evaluations, problems, targets ?? EvaluationTarget.Defaults);
    }

    /// <summary>Sums article evaluations into corpus and story totals and checks the targets.</summary>
    public static CorpusEvaluation Summarise(string folder, IReadOnlyList<ArticleEvaluation> evaluations, IReadOnlyList<EvaluationProblem> problems, IReadOnlyList<EvaluationTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(targets);
        var total = ScoreSheet.Empty;
        var stories = new SortedDictionary<string, ScoreSheet>(StringComparer.Ordinal);
        foreach (var evaluation in evaluations)
        {
            total += evaluation.Sheet;
            var story = evaluation.Gold.Story;
            stories[story] = (stories.TryGetValue(story, out var sheet) ? sheet : ScoreSheet.Empty) + evaluation.Sheet;
        }

        var findings = evaluations.OrderBy(e => e.Gold.Name, StringComparer.Ordinal).SelectMany(e => e.Findings).ToList();
        var results = targets.Select(t => new TargetResult(t, t.ValueOn(total))).ToList();
        return new CorpusEvaluation(folder, total, stories.ToList(), results, findings, problems);
    }

    private static ArticleExtraction? Extract(GoldArticle gold, Func<string, IEnumerable<ReadResult>> readFile, ExtractionPipeline pipeline, List<EvaluationProblem> problems)
    {
        if (!File.Exists(gold.ArticlePath))
        {
            problems.Add(new EvaluationProblem(gold.GoldPath, $"{gold.GoldPath}: the article {gold.ArticlePath} beside it does not exist"));
            return null;
        }

        var read = readFile(gold.ArticlePath).FirstOrDefault();
        if (read?.Article is not { } article)
        {
            var reason = read?.Error ?? $"{gold.ArticlePath}: no article was read";
            problems.Add(new EvaluationProblem(gold.ArticlePath, reason));
            return null;
        }

        try
        {
            return pipeline.Extract(article);
        }
#pragma warning disable CA1031 // One article failing to extract is reported; the rest of the corpus is still scored.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add(new EvaluationProblem(gold.ArticlePath, $"{gold.ArticlePath}: extraction failed ({ex.GetType().Name}: {ex.Message})"));
            return null;
        }
    }
}
