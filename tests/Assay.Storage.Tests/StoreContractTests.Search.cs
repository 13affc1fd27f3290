namespace Assay.Storage.Tests;

/// <summary>Full-text search.</summary>
public abstract partial class StoreContractTests
{
    private IStore StoreForSearch(out long rich, out long other)
    {
        var store = NewStore();
        var ids = store.Save([
            ExtractionSamples.Rich(),
            ExtractionSamples.Simple("Shipments of shells and rockets or drones", null),
        ]);
        rich = ids[0].ArticleId;
        other = ids[1].ArticleId;
        return store;
    }

    [SkippableFact]
    public void Search_WordInText_ReturnsArticleWithMarkedSnippet()
    {
        // Given two articles, one mentioning Yonhap
        var store = StoreForSearch(out var rich, out _);

        // When searched for it in another case
        var hits = store.Search("yonhap");

        // Then the article comes back with the word marked in its snippet
        var hit = Assert.Single(hits);
        Assert.Equal(rich, hit.ArticleId);
        Assert.Equal("Troop numbers in Kursk disputed — «оценки» differ", hit.Title);
        Assert.Contains("[Yonhap]", hit.Snippet, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Search_TitleWordAndUnicode_Match()
    {
        // Given the rich sample, with Cyrillic in its title and text
        var store = StoreForSearch(out var rich, out var other);

        // When searched for a title word, a Cyrillic word, and a prefix
        var title = store.Search("disputed");
        var cyrillic = store.Search("москва");
        var prefix = store.Search("shipm*");

        // Then each finds its article
        Assert.Equal([rich], title.Select(h => h.ArticleId));
        Assert.Equal([rich], cyrillic.Select(h => h.ArticleId));
        Assert.Equal([other], prefix.Select(h => h.ArticleId));
    }

    [SkippableFact]
    public void Search_SeveralWordsAndPhrases_AllMustMatch()
    {
        // Given two articles
        var store = StoreForSearch(out var rich, out _);

        // When searched for two words found together, a phrase, a phrase in the wrong order, and a missing word
        var both = store.Search("Kursk soldiers");
        var phrase = store.Search("\"spy agency\"");
        var reversed = store.Search("\"agency spy\"");
        var missing = store.Search("Kursk submarine");

        // Then every word and phrase must match
        Assert.Equal([rich], both.Select(h => h.ArticleId));
        Assert.Equal([rich], phrase.Select(h => h.ArticleId));
        Assert.Empty(reversed);
        Assert.Empty(missing);
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("- ^ ( ) : +")]
    public void Search_NoWordInQuery_ReturnsNothing(string query)
    {
        // Given two articles
        var store = StoreForSearch(out _, out _);

        // When searched with no word at all
        var hits = store.Search(query);

        // Then there are no hits and no error
        Assert.Empty(hits);
    }

    [SkippableTheory]
    [InlineData("shells AND", true)]
    [InlineData("OR shells", true)]
    [InlineData("\"shells and rockets", true)]
    [InlineData("shells\" or \"drones", true)]
    [InlineData("rocket*", true)]
    [InlineData("NEAR(shells", false)]
    [InlineData("NOT shells and", false)]
    [InlineData("title:shells", false)]
    [InlineData("{title text}: shells", false)]
    [InlineData("shells -drones", true)]
    public void Search_FtsSyntaxInQuery_TakenAsWords(string query, bool matchesOther)
    {
        // Given two articles, the second about shells, rockets and drones
        var store = StoreForSearch(out _, out var other);

        // When searched with FTS operators and broken syntax
        var hits = store.Search(query);

        // Then no error: operators are plain words, so only an article holding every word (or phrase) matches
        Assert.Equal(matchesOther ? [other] : [], hits.Select(h => h.ArticleId));
    }

    [SkippableFact]
    public void Search_OperatorWords_MatchAsWords()
    {
        // Given one article containing "and" and "or", the other containing "and" only
        var store = StoreForSearch(out _, out var other);

        // When searched for the operator words themselves
        var hits = store.Search("AND OR");

        // Then they are matched as ordinary words
        Assert.Equal([other], hits.Select(h => h.ArticleId));
    }

    [SkippableFact]
    public void Search_Limit_CutsTheHits()
    {
        // Given two articles sharing a word
        var store = StoreForSearch(out _, out _);

        // When searched with limits
        var all = store.Search("the", limit: 20);
        var one = store.Search("the", limit: 1);

        // Then the limit is kept
        Assert.Equal(2, all.Count);
        Assert.Single(one);
    }

    [SkippableFact]
    public void Search_MoreMatchesThanTheWindow_RanksTheNewestOnly()
    {
        // Given 1,005 stored articles about a convoy, the first five stored naming it three times (the best match)
        var store = NewStore();
        var batch = Enumerable.Range(0, 1_005)
            .Select(i => ExtractionSamples.Simple(
                i < 5 ? $"Convoy convoy convoy report {i}" : $"Convoy report {i}",
                new DateOnly(2024, 10, 1)))
            .ToList();
        store.Save(batch[..5]);
        foreach (var chunk in batch[5..].Chunk(250))
        {
            store.Save(chunk);
        }

        // When the convoy is searched
        var hits = store.Search("convoy", 5);

        // Then the page comes from the newest 1,000 matches: the five oldest, best as they match, are not ranked
        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.DoesNotContain("Convoy convoy", h.Title ?? "", StringComparison.Ordinal));
    }
}
