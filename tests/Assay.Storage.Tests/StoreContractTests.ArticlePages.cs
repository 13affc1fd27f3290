namespace Assay.Storage.Tests;

/// <summary>Articles listed, filtered and paged by the database.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>Six articles: three outlets (one with a LIKE wildcard in its name), three dates and one undated.</summary>
    private IStore StoreWithArticles()
    {
        var store = NewStore();
        store.Save([
            ExtractionSamples.Simple("A", new DateOnly(2024, 6, 1), "Herald", claims: []),
            ExtractionSamples.Simple("B", new DateOnly(2024, 10, 15), "Daily Herald", claims: []),
            ExtractionSamples.Simple("C", new DateOnly(2024, 10, 15), "Gazette", claims: []),
            ExtractionSamples.Simple("D", null, "Herald", claims: []),
            ExtractionSamples.Simple("E", new DateOnly(2025, 1, 2), "100%_News", claims: []),
            ExtractionSamples.Simple("F", new DateOnly(2024, 8, 9), "1000 News", claims: []),
        ]);
        return store;
    }

    private static string[] Titles(IReadOnlyList<StoredArticle> articles) => [.. articles.Select(a => a.Title ?? "")];

    [SkippableFact]
    public void ArticlesQuery_NoFilter_NewestFirstTiesByIdUndatedLast()
    {
        // Given six articles
        var store = StoreWithArticles();

        // When all are listed
        var all = store.Articles(new ArticleQuery());

        // Then they come newest first, the later id first on the same day, the undated last; and the count agrees
        Assert.Equal(["E", "C", "B", "F", "A", "D"], Titles(all));
        Assert.Equal(6, store.CountArticles(new ArticleQuery()));
    }

    [SkippableFact]
    public void ArticlesQuery_Paged_ReadsOnlyThePageAndCountsAll()
    {
        // Given six articles
        var store = StoreWithArticles();

        // When the second page of two is asked for
        var query = new ArticleQuery { Offset = 2, Limit = 2 };
        var page = store.Articles(query);

        // Then it holds the third and fourth newest, and the count ignores the paging
        Assert.Equal(["B", "F"], Titles(page));
        Assert.Equal(6, store.CountArticles(query));
        Assert.Empty(store.Articles(new ArticleQuery { Offset = 6 }));
    }

    [SkippableFact]
    public void ArticlesQuery_OutletDatesAndIds_FilterTogether()
    {
        // Given six articles
        var store = StoreWithArticles();
        var ids = store.Articles(new ArticleQuery()).ToDictionary(a => a.Title!, a => a.Id);

        // When filtered by outlet text in another case, by a window, by ids, and by all of them
        var herald = store.Articles(new ArticleQuery { Outlet = "HERALD" });
        var autumn = store.Articles(new ArticleQuery { Since = new DateOnly(2024, 8, 1), Until = new DateOnly(2024, 10, 31) });
        var chosen = store.Articles(new ArticleQuery { Ids = [ids["A"], ids["E"], 9_999] });
        var together = new ArticleQuery { Outlet = "herald", Since = new DateOnly(2024, 7, 1), Ids = [ids["A"], ids["B"]] };

        // Then each keeps only what it names, newest first, and the count agrees
        Assert.Equal(["B", "A", "D"], Titles(herald));
        Assert.Equal(["C", "B", "F"], Titles(autumn));
        Assert.Equal(["E", "A"], Titles(chosen));
        Assert.Equal(["B"], Titles(store.Articles(together)));
        Assert.Equal(1, store.CountArticles(together));
        Assert.Empty(store.Articles(new ArticleQuery { Ids = [] }));
    }

    [SkippableFact]
    public void ArticlesQuery_OutletWithWildcards_MatchesThemAsText()
    {
        // Given outlets "100%_News" and "1000 News"
        var store = StoreWithArticles();

        // When the outlet filter holds % and _
        var percent = store.Articles(new ArticleQuery { Outlet = "0%_n" });

        // Then they are matched as characters, not as LIKE wildcards
        Assert.Equal(["E"], Titles(percent));
    }
}
