using Assay.Core.Sources;
using Assay.Extraction.Annotators.Actors;

namespace Assay.Analysis.Story;

/// <summary>Follows a claim's attribution to its origin: the credited source, or for uncredited claims the outlet,
/// and for an article copied from another, the outlet it was copied from.</summary>
/// <remarks>
/// Anonymous sources are kept apart per outlet (two outlets' "a senior official" may or may not be one person, and
/// the text cannot tell), and so are sources that name nobody ("reports", "analysts", a state's experts);
/// eyewitnesses per article. A known actor is one origin however it is written (<see cref="SourcePhrases"/>). Another
/// outlet credited as the source is the same origin as that outlet's own uncredited reports.
/// </remarks>
public sealed class OriginResolver
{
    private readonly Dictionary<long, DerivedLink> _derived;
    private readonly Dictionary<long, string?> _outlets;

    /// <summary>Creates a resolver over the copy links found among the articles.</summary>
    public OriginResolver(IEnumerable<DerivedLink> derived, IReadOnlyDictionary<long, string?> outletsByArticle)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(outletsByArticle);
        _derived = [];
        foreach (var link in derived)
        {
            _derived.TryAdd(link.ArticleId, link);
        }

        _outlets = new Dictionary<long, string?>(outletsByArticle);
    }

    /// <summary>The article a copy chain starts from (the article itself when it copies nothing).</summary>
    public long RootArticle(long articleId)
    {
        var current = articleId;
        // Links always point to an earlier article, but guard against a cycle in hand-made input.
        for (var hops = 0; hops < 64 && _derived.TryGetValue(current, out var link); hops++)
        {
            current = link.FromArticleId;
        }

        return current;
    }

    /// <summary>The copy link of an article, when it has one.</summary>
    public DerivedLink? DerivedFrom(long articleId) => _derived.GetValueOrDefault(articleId);

    /// <summary>The origin of a claim.</summary>
    public Origin Resolve(StoryClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var c = claim.Claim;
        var outlet = claim.Outlet;
        // A source that resolves to a known actor is that actor, even when it publishes the article itself.
        var uncredited = c.SourceActor is null
                         && (c.SourceType == SourceType.Outlet || (outlet is not null && Names.SameBody(c.Source, outlet)));
        if (uncredited)
        {
            // "Pyongyang has reportedly sent …": the outlet passes on what it does not vouch for. Those are the
            // outlet's unnamed reports, the same origin as its "reports said", not its own assessment.
            if (IsHearsay(c))
            {
                return Unnamed(claim, "unnamed:reports", "reports");
            }

            var root = RootArticle(claim.Ref.ArticleId);
            var publisher = root == claim.Ref.ArticleId ? outlet : _outlets.GetValueOrDefault(root);

            // An article that names no outlet speaks for whoever it is credited to (its byline), not for "article 32":
            // two papers by one author are one voice.
            return publisher is null && root == claim.Ref.ArticleId && !string.IsNullOrWhiteSpace(c.Source) && c.Source != "the outlet"
                ? OutletOrigin(root, c.Source)
                : OutletOrigin(root, publisher);
        }

        return c.SourceType switch
        {
            _ when c.SourceActor is not null && c.SourceType is not (SourceType.Anonymous or SourceType.Eyewitness or SourceType.Media) =>
                ActorOrigin(claim, c.SourceActor),
            SourceType.Anonymous => new Origin(
                "anonymous:" + Names.Normalise(c.Source) + "@" + OutletOrigin(RootArticle(claim.Ref.ArticleId), outlet).Id,
                c.Source,
                SourceType.Anonymous),
            SourceType.Eyewitness => new Origin(
                "eyewitness:" + Names.Normalise(c.Source) + "@article:" + RootArticle(claim.Ref.ArticleId),
                c.Source,
                SourceType.Eyewitness),
            _ when SourcePhrases.NamesNobody(c.Source) => Unnamed(claim, "unnamed:" + Names.Normalise(c.Source), c.Source),
            SourceType.Media => new Origin(Origin.OutletId(c.Source), c.Source, SourceType.Media),
            _ => new Origin("source:" + Names.Normalise(c.Source), c.Source, c.SourceType),
        };
    }

    // Cues of the words by which an outlet passes a report on without vouching for it.
    private static bool IsHearsay(Core.Claims.Claim c) =>
        c.HasCue("hedge:reportedly") || c.HasCue("hedge:allegedly") || c.HasCue("hedge:purportedly");

    // A known actor is the origin, named as the lexicon names it, so that every spelling and role phrase of one body
    // shows as that body ("A JCS official" → the Joint Chiefs of Staff, "Seoul" → South Korea). A state's experts
    // are not the state (SourcePhrases), and being unnamed they are kept apart per outlet.
    private Origin ActorOrigin(StoryClaim claim, string actorId)
    {
        var c = claim.Claim;
        if (!ActorLexicon.Default.TryGet(actorId, out var actor))
        {
            return new Origin("source:" + actorId, c.Source, c.SourceType);
        }

        return actor.Kind == ActorKind.State && SourcePhrases.NamesExperts(c.Source)
            ? Unnamed(claim, "source:" + actor.Id + "/experts", $"experts ({actor.Name})")
            : new Origin("source:" + actor.Id, actor.Name, c.SourceType);
    }

    // People the text does not name are kept apart per outlet, as anonymous sources are: two outlets' "analysts" or
    // "reports" may be the same or not, and the text cannot tell.
    private Origin Unnamed(StoryClaim claim, string id, string name) =>
        new(id + "@" + OutletOrigin(RootArticle(claim.Ref.ArticleId), claim.Outlet).Id, name, claim.Claim.SourceType);

    private static Origin OutletOrigin(long articleId, string? outlet) =>
        outlet is null
            ? new Origin("article:" + articleId, "article " + articleId, SourceType.Outlet)
            : new Origin(Origin.OutletId(outlet), outlet, SourceType.Outlet);
}
