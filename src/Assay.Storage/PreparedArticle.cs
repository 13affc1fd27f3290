using Assay.Core.Claims;

namespace Assay.Storage;

/// <summary>An extraction made ready for <see cref="IStore.SavePrepared"/> by
/// <see cref="IStore.Prepare"/>, on the thread that extracted it rather than the one that saves it.</summary>
/// <remarks>A store may turn the extraction into the rows it will write as soon as it is prepared, so that what waits
/// for the save is one compact buffer instead of a graph of a few hundred objects the garbage collector would copy
/// from generation to generation. Dispose it once saved, or once it is dropped, to give that buffer back.</remarks>
public class PreparedArticle : IDisposable
{
    /// <summary>Keeps <paramref name="extraction"/> as it is, for stores that write from the objects.</summary>
    public PreparedArticle(ArticleExtraction extraction, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        Extraction = extraction;
        ContentHash = contentHash;
    }

    /// <summary>For stores that keep their own form of the extraction instead of the objects.</summary>
    protected PreparedArticle(string contentHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ContentHash = contentHash;
    }

    /// <summary>The article's content hash (<see cref="Assay.Core.Articles.Article.ContentHash"/>).</summary>
    public string ContentHash { get; }

    /// <summary>The extraction, or null when the store that prepared it kept only its own rows.</summary>
    public ArticleExtraction? Extraction { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives back what the store's own form holds; nothing for the objects.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
