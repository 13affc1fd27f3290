using System.Security.Cryptography;
using Assay.Core.Articles;

namespace Assay.Corpus.Tests;

public sealed class CorpusGeneratorTests
{
    private const int Sample = 5_000;

    private static readonly List<GeneratedArticle> Corpus = new CorpusGenerator(42).Articles(Sample).ToList();

    [Fact]
    public void Articles_SameSeedTwice_ByteIdenticalFiles()
    {
        // Given two generators with the same seed
        var first = new CorpusGenerator(42).Articles(300).Select(a => CorpusWriter.Render(a)).ToList();
        var second = new CorpusGenerator(42).Articles(300).Select(a => CorpusWriter.Render(a)).ToList();

        // Then every rendered file is the same bytes
        Assert.Equal(Hash(first), Hash(second));
    }

    [Fact]
    public void Articles_OtherSeed_DifferentCorpus()
    {
        // Given two seeds
        var a = new CorpusGenerator(1).Articles(50).Select(x => x.Article.ContentHash);
        var b = new CorpusGenerator(2).Articles(50).Select(x => x.Article.ContentHash);

        // Then the corpora differ
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public void Article_AloneOrInSequence_Identical()
    {
        // Given a generator
        var generator = new CorpusGenerator(42);

        // When articles are generated one by one, out of order
        foreach (var index in new long[] { 4_321, 17, 2_999, 0, 1_000_000 })
        {
            var alone = generator.Article(index);
            var fresh = new CorpusGenerator(42).Article(index);

            // Then each equals the same article generated in sequence (and by a fresh generator)
            Assert.Equal(fresh.Article.ContentHash, alone.Article.ContentHash);
            Assert.Equal(CorpusWriter.Render(fresh), CorpusWriter.Render(alone));
            if (index < Sample)
            {
                Assert.Equal(Corpus[(int)index].Article.ContentHash, alone.Article.ContentHash);
                Assert.Equal(Corpus[(int)index].Article.Url, alone.Article.Url);
            }
        }
    }

    [Fact]
    public void Articles_Length_Between300And1500WordsMostly500To900()
    {
        // Given the sample corpus
        var words = Corpus.Select(a => a.Article.WordCount).ToList();

        // Then every article is in bounds, and the middle of the distribution is 500-900 words
        Assert.All(words, w => Assert.InRange(w, 300, 1_500));
        var sorted = words.Order().ToList();
        Assert.InRange(sorted[sorted.Count / 2], 500, 900);
        Assert.InRange(words.Count(w => w >= 500 && w <= 900) / (double)words.Count, 0.35, 0.8);
    }

    [Fact]
    public void Articles_FormatMix_AsPlanned()
    {
        // Given the sample corpus
        double Share(CorpusFormat f) => Corpus.Count(a => a.Format == f) / (double)Sample;

        // Then formats follow the planned 60/20/10/5/5 mix
        Assert.InRange(Share(CorpusFormat.JsonLines), 0.57, 0.63);
        Assert.InRange(Share(CorpusFormat.Html), 0.18, 0.22);
        Assert.InRange(Share(CorpusFormat.Text), 0.085, 0.115);
        Assert.InRange(Share(CorpusFormat.Markdown), 0.04, 0.06);
        Assert.InRange(Share(CorpusFormat.Json), 0.04, 0.06);
    }

    [Fact]
    public void Articles_Duplicates_SameContentHashAsTheirSource()
    {
        // Given the duplicates in the sample
        var duplicates = Corpus.Where(a => a.Relation == CopyRelation.Duplicate).ToList();

        // Then they are about 3% and each has exactly its source's title and text
        Assert.InRange(duplicates.Count / (double)Sample, 0.02, 0.04);
        Assert.All(duplicates, d =>
        {
            var source = Corpus[(int)d.CopyOf!.Value];
            Assert.NotEqual(CopyRelation.Duplicate, source.Relation);
            Assert.Equal(source.Article.ContentHash, d.Article.ContentHash);
        });
        // (two re-runs of one wire story by the same outlet with the same edits may coincide, rarely)
        var distinct = Corpus.Select(a => a.Article.ContentHash).Distinct().Count();
        Assert.InRange(distinct, Sample - duplicates.Count - 3, Sample - duplicates.Count);
    }

    [Fact]
    public void Articles_Reruns_LightlyEditedWireCopiesByOtherOutlets()
    {
        // Given the re-runs in the sample
        var reruns = Corpus.Where(a => a.Relation == CopyRelation.Rerun).ToList();

        // Then they are about 8%, copy an original wire story, come from another outlet, and share most of its words
        Assert.InRange(reruns.Count / (double)Sample, 0.06, 0.10);
        Assert.All(reruns, r =>
        {
            var source = Corpus[(int)r.CopyOf!.Value];
            Assert.Equal(CopyRelation.Original, source.Relation);
            Assert.Equal(OutletType.Wire, source.Outlet.Type);
            Assert.NotEqual(source.Outlet.Name, r.Outlet.Name);
            Assert.Equal(source.Story.Id, r.Story.Id);
            Assert.NotEqual(source.Article.ContentHash, r.Article.ContentHash);
            var sourceParagraphs = Paragraphs(source.Article).ToHashSet();
            var shared = Paragraphs(r.Article).Count(sourceParagraphs.Contains);
            Assert.True(shared >= Paragraphs(r.Article).Count() / 2, $"re-run {r.Index} shares only {shared} paragraphs with {source.Index}");
        });
    }

    [Fact]
    public void Articles_Variety_ManyOutletsStoriesAndKinds()
    {
        // Given the sample corpus
        var stories = Corpus.GroupBy(a => a.Story.Id).Select(g => g.Count()).OrderDescending().ToList();

        // Then it spans most outlets and stories, every genre and kind, skewed to a few big stories
        Assert.True(Corpus.Select(a => a.Outlet.Name).Distinct().Count() >= 60);
        Assert.True(stories.Count >= 55);
        Assert.True(stories[0] > 10 * stories[^1]);
        Assert.InRange(stories.Take(5).Sum() / (double)Sample, 0.25, 0.55);
        Assert.Equal(Enum.GetValues<CorpusGenre>().Length, Corpus.Select(a => a.Genre).Distinct().Count());
        Assert.Equal(3, Corpus.Select(a => a.Article.Kind).Distinct().Count());
        Assert.True(Corpus.Select(a => a.Article.Published).Distinct().Count() > 300);
        Assert.True(Corpus.Count(a => a.Genre == CorpusGenre.FactCheck && a.Article.Text.Contains("did not stand up", StringComparison.Ordinal)) > 50);
    }

    [Fact]
    public void Articles_Text_CarriesNumberDateAndHedgeForms()
    {
        // Given the text of the sample corpus
        var text = string.Join("\n", Corpus.Take(1_000).Select(a => a.Article.Text));

        // Then the many written forms of numbers, dates, hedges and attributions all occur
        string[] forms =
        [
            "between ", "up to ", "more than ", "about ", " million", "bn in ", "reportedly", "allegedly", "It is believed",
            "according to", "told reporters", "denied", "did not stand up", "on Monday", "last week", "since 20", "\"",
        ];
        Assert.All(forms, f => Assert.Contains(f, text, StringComparison.Ordinal));
        Assert.Matches(@"\bin (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b", text);
        Assert.Matches(@"\b20\d\d-\d\d-\d\d\b", text);
    }

    private static IEnumerable<string> Paragraphs(Article article) => article.Paragraphs.Select(p => article.Text.Substring(p.Start, p.Length));

    private static string Hash(List<byte[]> files) =>
        Convert.ToHexString(SHA256.HashData(files.SelectMany(f => f).ToArray()));
}
