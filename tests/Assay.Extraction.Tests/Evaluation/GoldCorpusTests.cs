using Assay.Extraction.Evaluation;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Testing;

namespace Assay.Extraction.Tests.Evaluation;

public sealed class GoldCorpusTests
{
    [Fact]
    public void Evaluate_RepositoryGold_LoadsAndScoresEveryArticle()
    {
        // Given the gold corpus in the repository
        var folder = SharedData.RepoPath("tests", "gold");

        // When it is loaded and scored with the default pipeline
        var corpus = GoldCorpus.Load(folder);
        var evaluation = CorpusEvaluator.Evaluate(corpus, path => ArticleReader.Default.ReadFile(path), ExtractionPipeline.Default);

        // Then all 64 articles and 375 quantities are scored in four stories, with no input problem
        Assert.Empty(evaluation.Problems);
        Assert.Equal(64, evaluation.Total.Articles);
        Assert.Equal(375, evaluation.Total.GoldQuantities);
        Assert.Equal(["arms", "casualties", "incident", "troops"], evaluation.Stories.Select(s => s.Key));
        Assert.Equal(375, evaluation.Stories.Sum(s => s.Value.GoldQuantities));
    }

    [Fact]
    public void Evaluate_RepositoryGold_FindsEveryGoldTextInItsArticleBody()
    {
        // Given the gold corpus, read with the real readers
        var corpus = GoldCorpus.Load(SharedData.RepoPath("tests", "gold"));

        // When each gold text is looked up in the body of its article
        var notFound = corpus.Articles
            .SelectMany(g => g.Quantities.Select(q => (g, q)))
            .Where(x => TextOccurrences.Find(ArticleReader.Default.ReadFile(x.g.ArticlePath).First().Article!.Text, x.q.Text).Count == 0)
            .Select(x => $"{x.g.Name}: {x.q.Text}")
            .ToList();

        // Then every one is there, so a miss is always the extractor's
        Assert.Empty(notFound);
    }

    [Fact]
    public void Load_MissingFolder_GivesOneProblem()
    {
        // Given a folder that does not exist
        // When it is loaded
        var corpus = GoldCorpus.Load("/no/such/gold");

        // Then there is nothing to score and one problem names it
        Assert.Empty(corpus.Articles);
        Assert.Contains("/no/such/gold", Assert.Single(corpus.Problems).Message, StringComparison.Ordinal);
    }
}
