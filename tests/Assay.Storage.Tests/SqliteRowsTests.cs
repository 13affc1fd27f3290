using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Text;
using Assay.Storage.Sqlite;

namespace Assay.Storage.Tests;

/// <summary>The rows a SQLite store encodes when it prepares an extraction (<see cref="SqliteRows"/>).</summary>
public sealed class SqliteRowsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void SavePrepared_KeptAsObjects_IsEncodedAtTheSave()
    {
        // Given an extraction prepared the way a store that writes from the objects keeps it
        using var store = SqliteStore.Open(_scratch.File("objects.db"));
        var rich = ExtractionSamples.Rich();
        using var prepared = new PreparedArticle(rich, rich.Article.ContentHash);

        // When a SQLite store saves it
        var id = store.SavePrepared([prepared])[0].ArticleId;

        // Then it is stored whole
        ExtractionAssert.Equal(rich, store.LoadExtraction(id)!);
    }

    [Fact]
    public void SavePrepared_DisposedPreparation_FailsAndStoresNothing()
    {
        // Given a prepared extraction given back to the pool before its save, beside a sound one
        using var store = SqliteStore.Open(_scratch.File("disposed.db"));
        using var sound = store.Prepare(ExtractionSamples.Simple("Sound", new DateOnly(2024, 10, 1)));
        var disposed = store.Prepare(ExtractionSamples.Rich());
        disposed.Dispose();
        disposed.Dispose();

        // When the batch is saved
        var failure = Record.Exception(() => store.SavePrepared([sound, disposed]));

        // Then the save fails as a whole, naming the disposed buffer, and the store holds neither article
        Assert.IsType<ObjectDisposedException>(failure);
        Assert.Equal(0, store.Stats().Articles);
    }

    [Fact]
    public void SavePrepared_TextLargerThanThePooledBuffers_RoundTrips()
    {
        // Given an article of five megabytes of UTF-8 (past the largest buffer the pool keeps), with non-ASCII text
        using var store = SqliteStore.Open(_scratch.File("large.db"));
        var text = string.Concat(Enumerable.Repeat("Kyiv reported 1,500 troops near Kursk; Pyongyang denied it — “no comment”. ", 40_000));
        var article = Article.FromText(text) with { Title = "A very long report" };
        var sentence = new TextSpan(0, text.Length);
        var extraction = new ArticleExtraction(article, [sentence], [], [], [], []);

        // When it is prepared and saved twice over (the second time into a buffer the pool did not keep)
        using var prepared = store.Prepare(extraction);
        var id = store.SavePrepared([prepared])[0].ArticleId;
        using var again = store.Prepare(extraction);
        var second = store.SavePrepared([again])[0];

        // Then the text comes back whole and the second save finds the first
        Assert.Equal(text, store.LoadExtraction(id)!.Article.Text);
        Assert.Equal(new SaveResult(id, false), second);
    }

    [Fact]
    public void Encode_LoneSurrogate_StoredAsReplacementKeepingOffsets()
    {
        // Given text holding half of a surrogate pair (a JSON record can carry one escaped)
        using var store = SqliteStore.Open(_scratch.File("surrogate.db"));
        var text = "Kursk: \uD83D the rest of the report.";
        var extraction = new ArticleExtraction(Article.FromText(text), [new TextSpan(0, text.Length)], [], [], [], []);

        // When it is saved and loaded back
        var loaded = store.LoadExtraction(store.Save([extraction])[0].ArticleId)!;

        // Then the lone half became U+FFFD, one UTF-16 unit like the original, so every offset still holds
        Assert.Equal(text.Replace('\uD83D', '\uFFFD'), loaded.Article.Text);
        Assert.Equal(text.Length, loaded.Article.Text.Length);
    }
}
