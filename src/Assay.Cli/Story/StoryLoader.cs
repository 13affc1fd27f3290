using Assay.Analysis.Story;
using Assay.Storage;

namespace Assay.Cli.Story;

/// <summary>Reads what the story analysis needs from the store: claims, article texts and the analyst's grouping decisions.</summary>
internal static class StoryLoader
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
