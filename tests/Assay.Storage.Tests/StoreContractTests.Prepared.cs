namespace Assay.Storage.Tests;

/// <summary>Saving extractions prepared ahead of the save, on another thread (see <see cref="IStore.Prepare"/>).</summary>
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void SavePrepared_Batch_StoresWhatSavingTheExtractionsWould()
    {
        // Given two extractions prepared on other threads while the store is idle
        var store = NewStore();
        var rich = ExtractionSamples.Rich();
        var simple = ExtractionSamples.Simple("Report from Kyiv", new DateOnly(2024, 10, 3));
        var prepared = new[] { rich, simple }.AsParallel().AsOrdered().Select(e => store.Prepare(e)).ToList();

        // When the prepared batch is saved
        var results = store.SavePrepared(prepared);
        prepared.ForEach(p => p.Dispose());

        // Then both are added, load back field by field, and carry the hashes the articles compute
        Assert.All(results, r => Assert.True(r.Added));
        Assert.Equal([rich.Article.ContentHash, simple.Article.ContentHash], prepared.Select(p => p.ContentHash));
        ExtractionAssert.Equal(rich, store.LoadExtraction(results[0].ArticleId)!);
        ExtractionAssert.Equal(simple, store.LoadExtraction(results[1].ArticleId)!);
    }

    [SkippableFact]
    public void SavePrepared_SameArticleTwiceInOneBatch_StoresItOnce()
    {
        // Given one extraction prepared twice, and a store already holding another
        var store = NewStore();
        store.Save([ExtractionSamples.Simple("Earlier", new DateOnly(2024, 10, 1))]);
        using var first = store.Prepare(ExtractionSamples.Rich());
        using var second = store.Prepare(ExtractionSamples.Rich());

        // When both go in one batch
        var results = store.SavePrepared([first, second]);

        // Then the first is added and the second reported as that same article
        Assert.True(results[0].Added);
        Assert.Equal(new SaveResult(results[0].ArticleId, false), results[1]);
        Assert.Equal(2, store.Stats().Articles);
    }

    [SkippableFact]
    public void LoadExtraction_EmptyText_StaysEmptyNotNull()
    {
        // Given an extraction whose byline, outlet and a caption are empty text rather than missing
        var store = NewStore();
        var rich = ExtractionSamples.Rich();
        var empty = rich with { Article = rich.Article with { Byline = string.Empty, Outlet = string.Empty, Captions = [string.Empty, "Photo: agency"] } };

        // When it is saved and loaded back
        var loaded = store.LoadExtraction(store.Save([empty])[0].ArticleId)!;

        // Then empty stays empty
        Assert.Equal(string.Empty, loaded.Article.Byline);
        Assert.Equal(string.Empty, loaded.Article.Outlet);
        Assert.Equal([string.Empty, "Photo: agency"], loaded.Article.Captions);
    }
}
