using Assay.Analysis.Story;
using Assay.Storage;

namespace Assay.Workspace;

/// <summary>Reads what the story analysis needs from the store: claims, article texts and the analyst's grouping decisions.</summary>
public static class StoryLoader
{
    /// <summary>Decision kinds that change grouping.</summary>
    public const string Merge = "merge";

    /// <summary>Decision kind that takes a claim out of its proposition.</summary>
    public const string Split = "split";

    /// <summary>Every stored claim, as the analysis sees it.</summary>
    public static List<StoryClaim> Claims(IStore store) =>
        [.. store.Claims(new ClaimQuery()).Select(c => new StoryClaim(
            new ClaimRef(c.ArticleId, c.Claim.Id), c.Outlet, c.Published, c.Claim, c.Quantity, c.Time))];

    /// <summary>Builds the story picture over the whole store.</summary>
    public static StoryPicture Build(IStore store, StoryOptions options)
    {
        var claims = Claims(store);
        var decisions = Decisions(store);
        var articles = store.Texts().Select(t => new StoryArticle(t.Id, t.Outlet, t.Published, t.Text));
        return StoryBuilder.Build(articles, claims, decisions, options);
    }

    /// <summary>Builds the story picture of the claims <paramref name="scope"/> selects (a subject, a window), reading
    /// only their articles' texts, so its cost follows the story's size rather than the store's.</summary>
    /// <remarks>Copies, origins and refutations are found among the scoped claims and articles only: a story built
    /// this way can miss a copy whose wording names the subject differently.</remarks>
    public static StoryPicture Build(IStore store, StoryOptions options, ClaimQuery scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        List<StoryClaim> claims = [.. store.Claims(scope).Select(c => new StoryClaim(
            new ClaimRef(c.ArticleId, c.Claim.Id), c.Outlet, c.Published, c.Claim, c.Quantity, c.Time))];
        var ids = claims.Select(c => c.Ref.ArticleId).ToHashSet();
        var articles = store.Texts(ids).Select(t => new StoryArticle(t.Id, t.Outlet, t.Published, t.Text));
        return StoryBuilder.Build(articles, claims, Decisions(store), options);
    }

    /// <summary>The merges and splits in force, as the analysis reads them.</summary>
    public static List<PropositionDecision> Decisions(IStore store)
    {
        var decisions = new List<PropositionDecision>();
        foreach (var d in store.Decisions())
        {
            if (!ClaimRef.TryParse(d.Subject, out var claim))
            {
                continue;
            }

            if (d.Kind == Split)
            {
                decisions.Add(new PropositionDecision(d.Id, PropositionDecisionKind.Split, claim.Value, null));
            }
            else if (d.Kind == Merge && ClaimRef.TryParse(d.Other, out var other))
            {
                decisions.Add(new PropositionDecision(d.Id, PropositionDecisionKind.Merge, claim.Value, other.Value));
            }
        }

        return decisions;
    }
}
