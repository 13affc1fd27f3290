using Assay.Core.Articles;

namespace Assay.Benchmarks;

/// <summary>The benchmark corpus: articles from <see cref="Corpus.CorpusGenerator"/> (many stories, outlets, genres and
/// number, date and hedge forms). Same seed, same corpus, on every machine.</summary>
public static class CorpusGenerator
{
    /// <summary>Generates <paramref name="count"/> articles of 300–1,500 words from <paramref name="seed"/>.</summary>
    public static Article[] Generate(int count, int seed = 42)
    {
        var generator = new Corpus.CorpusGenerator(seed);
        var articles = new Article[count];
        Parallel.For(0, count, i => articles[i] = generator.Article(i).Article);
        return articles;
    }

    /// <summary>Total whitespace-separated words of the corpus, for words-per-second figures.</summary>
    public static long CountWords(IEnumerable<Article> articles) => articles.Sum(a => (long)a.WordCount);
}
