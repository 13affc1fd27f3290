using Assay.Analysis.Propositions.Embeddings;
using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Workspace;
using Microsoft.Extensions.Options;

namespace Assay.Web.Services;

/// <summary>The story picture of the store, built once and kept until an article or a decision is added (the store's
/// view stamp changes): every page and API call reads the same picture without rebuilding it.</summary>
/// <remarks>A store with more claims than <see cref="WebOptions.PictureClaims"/> is pictured from its newest claims, so
/// that a team's server holding a million articles still answers; the pages say so (<see cref="ScopeOf"/>).</remarks>
public sealed class PictureCache(IOptions<WebOptions> options)
{
    private readonly Lock _gate = new();
    private (string Stamp, StoryPicture Picture, PictureScope Scope)? _kept;

    /// <summary>The story options the app builds pictures with (embeddings as configured).</summary>
    public StoryOptions Options => StoryOptionsFactory.Create(Embedder, noEmbeddings: !options.Value.Embeddings);

    /// <summary>The picture of <paramref name="store"/> as it is now.</summary>
    public StoryPicture Get(IStore store) => Kept(store).Picture;

    /// <summary>How much of <paramref name="store"/> its picture covers.</summary>
    public PictureScope ScopeOf(IStore store) => Kept(store).Scope;

    private (string Stamp, StoryPicture Picture, PictureScope Scope) Kept(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stamp = store.ViewStamp();
        lock (_gate)
        {
            if (_kept is { } kept && kept.Stamp == stamp)
            {
                return kept;
            }

            var limit = options.Value.PictureClaims;
            var total = store.Stats().Claims;
            var picture = limit <= 0 || total <= limit
                ? StoryLoader.Build(store, Options)
                : StoryLoader.Build(store, Options, new ClaimQuery { NewestFirst = true, Limit = limit });
            var built = (stamp, picture, new PictureScope(Math.Min(total, limit <= 0 ? total : limit), total));
            _kept = built;
            return built;
        }
    }

    private static MiniLmSentenceEmbedder Embedder() => new();
}
