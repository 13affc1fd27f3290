namespace Assay.Corpus.Tests;

public sealed class CorpusTopicsTests
{
    private static readonly List<GeneratedArticle> Corpus = new CorpusGenerator(3).Articles(3_000).ToList();

    [Theory]
    [InlineData(StorySize.Big)]
    [InlineData(StorySize.Medium)]
    [InlineData(StorySize.Small)]
    public void CountedSubjects_EachSize_OccurInTheCorpusText(StorySize size)
    {
        // Given the subjects offered for one story size
        var subjects = CorpusTopics.CountedSubjects(size);

        // Then there are several, and each occurs in generated articles, more often for bigger stories
        Assert.InRange(subjects.Count, 3, 5);
        Assert.All(subjects, s => Assert.Contains(Corpus, a => a.Article.Text.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public void Stories_Shares_SkewedAndSumToOne()
    {
        // Given the stories
        var stories = CorpusTopics.Stories;

        // Then there are 40-80 of them, biggest first, with shares summing to one and a long tail
        Assert.InRange(stories.Count, 40, 80);
        Assert.Equal(1.0, stories.Sum(s => s.Share), 6);
        Assert.True(stories[0].Share > 10 * stories[^1].Share);
        Assert.All(stories.Zip(stories.Skip(1)), p => Assert.True(p.First.Share >= p.Second.Share));
    }

    [Fact]
    public void SearchTerms_BigAndMediumStories_EachTermFindsItsStory()
    {
        // Given the big and medium stories and their search terms
        foreach (var story in CorpusTopics.Stories.Where(s => s.Size != StorySize.Small))
        {
            // Then each term occurs in that story's articles
            var texts = Corpus.Where(a => a.Story.Id == story.Id).Select(a => a.Article.Text).ToList();
            Assert.All(story.SearchTerms, t => Assert.Contains(texts, x => x.Contains(t, StringComparison.Ordinal)));
        }

        Assert.Equal(CorpusTopics.Stories.Sum(s => s.SearchTerms.Count), CorpusTopics.SearchTerms.Count);
    }
}
