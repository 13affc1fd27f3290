using Assay.Core.Claims;

namespace Assay.Storage.Tests;

/// <summary>The facts every <see cref="IStore"/> must satisfy; each store's test class only says how to create one.</summary>
public abstract partial class StoreContractTests : IDisposable
{
    private readonly List<IStore> _stores = [];

    /// <summary>Scratch space for stores that live in files; deleted after each test.</summary>
    protected ScratchFolder Scratch { get; } = new();

    /// <summary>Creates a new, empty, migrated store.</summary>
    protected abstract IStore CreateStore();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the stores created by the test, then the scratch folder.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var store in _stores)
            {
                store.Dispose();
            }

            Scratch.Dispose();
        }
    }

    private IStore NewStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    [SkippableFact]
    public void Save_NewArticle_ReportsAddedWithAnId()
    {
        // Given an empty store
        var store = NewStore();

        // When one article is saved
        var results = store.Save([ExtractionSamples.Rich()]);

        // Then it is reported as added, with an id that finds it
        var result = Assert.Single(results);
        Assert.True(result.Added);
        Assert.NotNull(store.LoadExtraction(result.ArticleId));
        Assert.True(store.Contains(ExtractionSamples.Rich().Article.ContentHash));
    }

    [SkippableFact]
    public void LoadExtraction_AfterSave_RoundTripsEveryField()
    {
        // Given a saved extraction with every field filled
        var store = NewStore();
        var original = ExtractionSamples.Rich();
        var id = store.Save([original])[0].ArticleId;

        // When it is loaded back
        var loaded = store.LoadExtraction(id);

        // Then it equals the original field by field
        Assert.NotNull(loaded);
        ExtractionAssert.Equal(original, loaded);
    }

    [SkippableFact]
    public void LoadExtraction_LanguageSetOrUnknown_RoundTripsEach()
    {
        // Given one article whose source stated German and one with no stated language
        var store = NewStore();
        var german = ExtractionSamples.Simple("Bericht aus Kiew", new DateOnly(2024, 10, 2));
        german = german with { Article = german.Article with { Language = "de-DE" } };
        var unknown = ExtractionSamples.Simple("Report from Kyiv", new DateOnly(2024, 10, 3));
        var ids = store.Save([german, unknown]).Select(r => r.ArticleId).ToList();

        // When both are loaded back
        var loaded = ids.Select(id => store.LoadExtraction(id)!.Article.Language).ToList();

        // Then the tag comes back as saved and the unknown language stays null
        Assert.Equal(["de-DE", null], loaded);
    }

    [SkippableFact]
    public void LoadExtraction_UnknownId_ReturnsNull()
    {
        // Given a store with one article
        var store = NewStore();
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;

        // When another id is loaded
        var loaded = store.LoadExtraction(id + 1000);

        // Then there is nothing
        Assert.Null(loaded);
    }

    [SkippableFact]
    public void Save_SameBatchTwice_AddsNothingAndKeepsCounts()
    {
        // Given a store holding a batch
        var store = NewStore();
        var batch = new[]
        {
            ExtractionSamples.Rich(),
            ExtractionSamples.Simple("Second report", new DateOnly(2024, 10, 1), claims: new SampleClaim("officials", Counted: "troops")),
        };
        var first = store.Save(batch);
        var before = store.Stats();

        // When the same batch is saved again
        var second = store.Save(batch);

        // Then nothing is added, the existing ids are returned, and the counts stay
        Assert.All(second, r => Assert.False(r.Added));
        Assert.Equal(first.Select(r => r.ArticleId), second.Select(r => r.ArticleId));
        Assert.Equal(before, store.Stats());
        Assert.Equal(2, before.Articles);
        Assert.Equal(4, before.Claims);
    }

    [SkippableFact]
    public void Save_DuplicateWithinOneBatch_StoresItOnce()
    {
        // Given a batch holding the same article twice between two others
        var store = NewStore();
        var batch = new[]
        {
            ExtractionSamples.Rich(),
            ExtractionSamples.Simple("Other report", null),
            ExtractionSamples.Rich(),
        };

        // When it is saved
        var results = store.Save(batch);

        // Then the repeat is not added and points at the first copy
        Assert.Equal([true, true, false], results.Select(r => r.Added));
        Assert.Equal(results[0].ArticleId, results[2].ArticleId);
        Assert.NotEqual(results[0].ArticleId, results[1].ArticleId);
        Assert.Equal(2, store.Stats().Articles);
        Assert.Equal(3, store.Stats().Claims);
    }

    [SkippableFact]
    public void Save_EmptyBatch_ReturnsNoResults()
    {
        // Given an empty store
        var store = NewStore();

        // When an empty batch is saved
        var results = store.Save([]);

        // Then nothing is reported or stored
        Assert.Empty(results);
        Assert.Equal(0, store.Stats().Articles);
    }

    [SkippableFact]
    public void Save_TwoThousandArticles_StoresThemAll()
    {
        // Given a batch of 2,000 distinct articles with two claims each
        var store = NewStore();
        var batch = Enumerable.Range(0, 2000)
            .Select(i => ExtractionSamples.Simple(
                $"Bulk report {i}",
                new DateOnly(2024, 1, 1).AddDays(i % 300),
                claims: [new SampleClaim("officials", Counted: "troops"), new SampleClaim("analysts", Theme: "shells")]))
            .ToList();

        // When it is saved in one call
        var results = store.Save(batch);

        // Then every article and claim is stored
        Assert.All(results, r => Assert.True(r.Added));
        Assert.Equal(2000, results.Select(r => r.ArticleId).Distinct().Count());
        var stats = store.Stats();
        Assert.Equal(2000, stats.Articles);
        Assert.Equal(4000, stats.Claims);
        Assert.Equal(2000, stats.Quantities);
    }

    [SkippableFact]
    public void Contains_UnknownHash_IsFalse()
    {
        // Given a store with one article
        var store = NewStore();
        store.Save([ExtractionSamples.Rich()]);

        // When another hash is asked for
        var found = store.Contains(new string('0', 64));

        // Then it is not there
        Assert.False(found);
    }

    [SkippableFact]
    public void StoredHashes_MixOfStoredAndUnknown_ReturnsOnlyTheStored()
    {
        // Given a store holding 1,200 articles, more than one lookup chunk
        var store = NewStore();
        var saved = Enumerable.Range(0, 1200).Select(i => ExtractionSamples.Simple($"Stored report {i}", null)).ToList();
        store.Save(saved);
        var unknown = Enumerable.Range(0, 300).Select(i => ExtractionSamples.Simple($"Unsaved report {i}", null).Article.ContentHash);

        // When every stored hash, unknown ones and one repeat are asked for together
        var asked = saved.Select(e => e.Article.ContentHash).Concat(unknown).Append(saved[0].Article.ContentHash).ToList();
        var found = store.StoredHashes(asked);

        // Then exactly the stored hashes come back
        Assert.Equal(saved.Select(e => e.Article.ContentHash).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void StoredHashes_NoneAsked_ReturnsEmpty()
    {
        // Given a store with one article
        var store = NewStore();
        store.Save([ExtractionSamples.Rich()]);

        // When no hash is asked for
        var found = store.StoredHashes([]);

        // Then none comes back
        Assert.Empty(found);
    }

    [SkippableFact]
    public void Migrate_Twice_ChangesNothing()
    {
        // Given a migrated store with data
        var store = NewStore();
        store.Save([ExtractionSamples.Rich()]);
        var before = store.Stats();

        // When it is migrated twice more
        store.Migrate();
        store.Migrate();

        // Then the schema version and the data are as they were
        Assert.Equal(before, store.Stats());
        Assert.True(before.SchemaVersion >= 1);
    }

    [SkippableFact]
    public void Stats_AfterSave_CountsEachKind()
    {
        // Given the rich sample saved
        var store = NewStore();
        store.Save([ExtractionSamples.Rich()]);

        // When counts are read
        var stats = store.Stats();

        // Then they match the sample
        Assert.Equal(1, stats.Articles);
        Assert.Equal(3, stats.Claims);
        Assert.Equal(2, stats.Quantities);
        Assert.Equal(3, stats.Mentions);
    }

    [SkippableFact]
    public void Articles_Always_NewestFirstWithClaimCounts()
    {
        // Given three articles published on different days, one undated
        var store = NewStore();
        store.Save([
            ExtractionSamples.Simple("Old", new DateOnly(2024, 1, 5), claims: new SampleClaim("a")),
            ExtractionSamples.Simple("Undated", null),
            ExtractionSamples.Simple("New", new DateOnly(2024, 6, 1), claims: [new SampleClaim("a"), new SampleClaim("b")]),
        ]);

        // When they are listed, then limited to two
        var all = store.Articles();
        var two = store.Articles(2);

        // Then the newest comes first, the undated last, each with its claim count
        Assert.Equal(["New", "Old", "Undated"], all.Select(a => a.Title));
        Assert.Equal([2, 1, 0], all.Select(a => a.ClaimCount));
        Assert.Equal(["New", "Old"], two.Select(a => a.Title));
    }

    [SkippableFact]
    public void Articles_Stored_CarryMetadata()
    {
        // Given the rich sample saved
        var store = NewStore();
        var sample = ExtractionSamples.Rich();
        var id = store.Save([sample])[0].ArticleId;

        // When it is listed
        var stored = Assert.Single(store.Articles());

        // Then its metadata is the sample's
        var a = sample.Article;
        Assert.Equal(
            new StoredArticle(id, a.ContentHash, a.Title, a.Outlet, a.Byline, a.Published, a.Url, a.Kind, a.Location, a.WordCount, 3),
            stored);
    }

    [SkippableFact]
    public void FindArticle_ByIdHashPrefixOrUrl_FindsIt()
    {
        // Given two stored articles
        var store = NewStore();
        var sample = ExtractionSamples.Rich();
        var id = store.Save([sample, ExtractionSamples.Simple("Other", null, url: "https://example.org/other")])[0].ArticleId;

        // When it is looked up by id, by hash prefix (any case), by full hash and by URL
        var byId = store.FindArticle(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var byPrefix = store.FindArticle(sample.Article.ContentHash[..8].ToUpperInvariant());
        var byHash = store.FindArticle(sample.Article.ContentHash);
        var byUrl = store.FindArticle(" https://example.org/news/kursk-numbers ");

        // Then each finds the same article
        Assert.Equal(id, byId?.Id);
        Assert.Equal(id, byPrefix?.Id);
        Assert.Equal(id, byHash?.Id);
        Assert.Equal(id, byUrl?.Id);
    }

    [SkippableFact]
    public void FindArticle_ShortPrefixOrUnknownKey_ReturnsNull()
    {
        // Given a stored article
        var store = NewStore();
        var sample = ExtractionSamples.Rich();
        store.Save([sample]);

        // When looked up by a five-character prefix, an unknown id, an unknown URL or nothing
        // Then nothing is found
        Assert.Null(store.FindArticle(sample.Article.ContentHash[..5]));
        Assert.Null(store.FindArticle("999999"));
        Assert.Null(store.FindArticle("https://example.org/missing"));
        Assert.Null(store.FindArticle("   "));
    }

    [SkippableFact]
    public void FindArticle_AmbiguousHashPrefix_ReturnsNull()
    {
        // Given two stored articles whose hashes share their first six characters
        var store = NewStore();
        var (first, second) = TwoArticlesSharingHashPrefix(6);
        store.Save([first, second]);
        var prefix = first.Article.ContentHash[..6];

        // When looked up by that prefix, and by one character more
        var ambiguous = store.FindArticle(prefix);
        var unique = store.FindArticle(first.Article.ContentHash[..12]);

        // Then the shared prefix names neither, the longer one names the first
        Assert.Null(ambiguous);
        Assert.Equal(first.Article.Title, unique?.Title);
    }

    private static (ArticleExtraction First, ArticleExtraction Second) TwoArticlesSharingHashPrefix(int length)
    {
        // A birthday search: a few thousand titles are enough for two six-hex-digit prefixes to meet.
        var seen = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
        for (var i = 0; ; i++)
        {
            var sample = ExtractionSamples.Simple($"Collision candidate {i}", null);
            var prefix = sample.Article.ContentHash[..length];
            if (seen.TryGetValue(prefix, out var earlier))
            {
                return (earlier, sample);
            }

            seen[prefix] = sample;
        }
    }
}
