using Assay.Analysis.Story;
using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>For each proposition that rests on a refuted report, the claims that showed that report false.</summary>
/// <remarks>The report is found as the story marks a proposition resting on it (docs/story.md): a supporting origin made
/// the refuted report on the same event and subject; or a supporting claim stands in an article that carried the report,
/// about the same event and nationality; or in an article copied from one that carried or refuted it.</remarks>
internal static class RefutedReports
{
    // Copy links point to earlier articles; the bound only guards against a cycle in hand-made input.
    private const int MaxHops = 64;

    /// <summary>Per id of a proposition marked as resting on a refuted report, the refuting claims of every refuted
    /// proposition it rests on, in reference order; propositions with none found are left out.</summary>
    public static Dictionary<string, List<PropositionClaim>> Refuters(StoryPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var byOrigin = new Dictionary<(string Origin, EventType Event, string Subject), List<Proposition>>();
        var byArticle = new Dictionary<long, List<Proposition>>();
        var byReport = new Dictionary<(long Article, EventType Event, string Nationality), List<Proposition>>();
        foreach (var refuted in picture.Propositions.Where(p => p.Refuted))
        {
            foreach (var claim in refuted.Claims.Where(c => c.Role == ClaimRole.Supports || c.Claim.Claim.Stance == Stance.Refuted))
            {
                Add(byOrigin, (claim.Origin.Id, refuted.Event, refuted.Subject.Key), refuted);
                Add(byArticle, claim.Claim.Ref.ArticleId, refuted);
                if (claim.Role == ClaimRole.Supports)
                {
                    Add(byReport, (claim.Claim.Ref.ArticleId, refuted.Event, claim.Subject.Nationality), refuted);
                }
            }
        }

        var copies = new Dictionary<long, long>();
        foreach (var link in picture.Derived)
        {
            copies.TryAdd(link.ArticleId, link.FromArticleId);
        }

        var result = new Dictionary<string, List<PropositionClaim>>(StringComparer.Ordinal);
        foreach (var p in picture.Propositions.Where(p => p.RestsOnRefuted && !p.Refuted))
        {
            var reports = new List<Proposition>();
            foreach (var claim in p.Supporting)
            {
                var article = claim.Claim.Ref.ArticleId;
                var root = Root(copies, article);
                reports.AddRange(Get(byOrigin, (claim.Origin.Id, p.Event, p.Subject.Key)));
                reports.AddRange(Get(byReport, (article, p.Event, claim.Subject.Nationality)));
                if (root != article)
                {
                    reports.AddRange(Get(byArticle, root));
                }
            }

            var refuting = reports.DistinctBy(r => r.Id, StringComparer.Ordinal)
                .SelectMany(r => r.Contradicting.Where(c => c.Claim.Claim.Stance == Stance.Refuted))
                .DistinctBy(c => c.Claim.Ref)
                .OrderBy(c => c.Claim.Ref)
                .ToList();
            if (refuting.Count > 0)
            {
                result[p.Id] = refuting;
            }
        }

        return result;
    }

    private static long Root(Dictionary<long, long> copies, long article)
    {
        var current = article;
        for (var hops = 0; hops < MaxHops && copies.TryGetValue(current, out var from); hops++)
        {
            current = from;
        }

        return current;
    }

    private static void Add<TKey>(Dictionary<TKey, List<Proposition>> map, TKey key, Proposition p)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(p);
    }

    private static List<Proposition> Get<TKey>(Dictionary<TKey, List<Proposition>> map, TKey key)
        where TKey : notnull => map.TryGetValue(key, out var list) ? list : [];
}
