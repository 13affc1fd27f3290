using Assay.Analysis.Propositions.Embeddings;
using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Workspace;
using Microsoft.Extensions.Options;

namespace Assay.Web.Services;

/// <summary>The story picture of the whole store, built once and kept until an article or a decision is added (the
/// store's view stamp changes): every page and API call reads the same picture without rebuilding it.</summary>
public sealed class PictureCache(IOptions<WebOptions> options)
{
    private readonly Lock _gate = new();
    private (string Stamp, StoryPicture Picture)? _kept;

    /// <summary>The picture of <paramref name="store"/> as it is now.</summary>
    public StoryPicture Get(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stamp = store.ViewStamp();
        lock (_gate)
        {
            if (_kept is { } kept && kept.Stamp == stamp)
            {
                return kept.Picture;
            }

            var picture = StoryLoader.Build(store, Options);
            _kept = (stamp, picture);
            return picture;
        }
    }

    /// <summary>The story options the app builds pictures with (embeddings as configured).</summary>
    public StoryOptions Options => StoryOptionsFactory.Create(Embedder, noEmbeddings: !options.Value.Embeddings);

    private static MiniLmSentenceEmbedder Embedder() => new();
}
