using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>Builds the story picture from stored claims: propositions, origins, contradictions, copy links.
/// Method and thresholds in docs/story.md.</summary>
/// <remarks>
/// Grouping never compares every claim with every other. Claims are bucketed by topic (event, normalised subject,
/// projection or not) with a hash; inside a topic they are sorted by figure and swept once, then split by date gaps and
/// by scope. Sentence embeddings are consulted only across topics, inside small blocks of propositions with the same
/// event and compatible figures. Cost grows as n log n in the number of claims.
/// </remarks>
public static class StoryBuilder
{
    private const string RefutesCue = "refutes:";

    /// <summary>Builds the picture; <paramref name="articles"/> is read once, for copy detection; <paramref name="decisions"/> are the analyst's merges and splits, applied in order.</summary>
    public static StoryPicture Build(
        IEnumerable<StoryArticle> articles,
        IReadOnlyList<StoryClaim> claims,
        IReadOnlyList<PropositionDecision>? decisions = null,
        StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(claims);
        options ??= StoryOptions.Default;
        decisions ??= [];

        var derived = CopyDetector.Detect(articles, claims, options.CopyDetection);
        var outlets = new Dictionary<long, string?>();
        foreach (var claim in claims)
        {
            outlets.TryAdd(claim.Ref.ArticleId, claim.Outlet);
        }

        var resolver = new OriginResolver(derived, outlets);
        var items = new StoryItem[claims.Count];
        var byRef = new Dictionary<ClaimRef, int>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            items[i] = StoryItem.Create(i, claims[i], resolver, options);
            byRef.TryAdd(claims[i].Ref, i);
        }

        InheritNationality(items);

        var set = new DisjointSet(items.Length);
        var grouped = new bool[items.Length];
        var topics = new Dictionary<(EventType, string, bool, bool), List<int>>();
        foreach (var item in items)
        {
            // A claim with neither figure nor subject says too little to match another by its words alone.
            if (item.Subject.Key.Length == 0 && item.Interval is null)
            {
                continue;
            }

            grouped[item.Index] = true;
            if (!topics.TryGetValue(item.Topic, out var members))
            {
                members = [];
                topics[item.Topic] = members;
            }

            members.Add(item.Index);
        }

        foreach (var members in topics.Values)
        {
            TopicClusterer.Cluster(items, members, options, set);
        }

        // A denial or debunking the extractor tied to the claim it answers joins that claim, whatever its own words.
        foreach (var item in items)
        {
            if (LinkedTarget(item, byRef) is { } target)
            {
                grouped[item.Index] = grouped[target] = true;
                set.Union(target, item.Index);
            }
        }

        var joins = new Dictionary<int, List<string>>();
        var suggestions = SemanticJoiner.Join(items, grouped, set, options, joins);
        RefutationTargeter.Attach(items, grouped, set, options, joins);
        var groups = ApplyDecisions(items, grouped, set, decisions, byRef, joins);
        var propositions = PropositionAssembler.Assemble(items, groups, joins, resolver);
        var contradictions = ContradictionFinder.Find(propositions, options);
        propositions = PropositionAssembler.Mark(propositions, contradictions, resolver);
        var ordered = propositions
            .OrderByDescending(p => p.Origins.Count)
            .ThenByDescending(p => p.EffectiveSources)
            .ThenByDescending(p => p.Mentions)
            .ThenByDescending(p => p.LastSeen)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var ungrouped = grouped.Count(g => !g);
        return new StoryPicture(ordered, contradictions, Resolve(suggestions, ordered, items), derived, claims.Count, ungrouped);
    }

    /// <summary>"The troops" in an article that elsewhere counts "North Korean troops" are those troops: a claim whose
    /// noun has no nationality takes the one nationality the same article gives that noun, when it gives exactly one.
    /// A nationality the claim does not spell out itself is written as the claims that do spell it write it most often.</summary>
    private static void InheritNationality(StoryItem[] items)
    {
        var byArticle = new Dictionary<(long Article, string Noun), Dictionary<string, string>>();
        foreach (var item in items)
        {
            var subject = item.Subject;
            if (subject.Nationality.Length > 0 && subject.Noun.Length > 0)
            {
                var key = (item.Source.Ref.ArticleId, subject.Noun);
                if (!byArticle.TryGetValue(key, out var nationalities))
                {
                    nationalities = new Dictionary<string, string>(StringComparer.Ordinal);
                    byArticle[key] = nationalities;
                }

                nationalities.TryAdd(subject.Nationality, subject.NationalityWords);
            }
        }

        // A nationality no claim spelled out (taken from the agent, or from another claim) reads as the story most often
        // writes it: "North Korean troops", not "North Korea troops".
        var spelled = items.Where(i => i.Subject.NationalityStated && i.Subject.NationalityWords.Length > 0)
            .GroupBy(i => i.Subject.Nationality, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => Spelling.MostUsed(g.Select(i => i.Subject.NationalityWords)),
                StringComparer.Ordinal);

        for (var i = 0; i < items.Length; i++)
        {
            var subject = items[i].Subject;
            if (subject.Nationality.Length == 0 && subject.Noun.Length > 0
                && byArticle.TryGetValue((items[i].Source.Ref.ArticleId, subject.Noun), out var nationalities) && nationalities.Count == 1)
            {
                var (nationality, words) = nationalities.First();
                items[i] = items[i] with { Subject = subject.WithNationality(nationality, words) };
            }

            subject = items[i].Subject;
            if (!subject.NationalityStated && spelled.TryGetValue(subject.Nationality, out var written))
            {
                items[i] = items[i] with { Subject = subject.WithNationalityWords(written) };
            }
        }
    }

    private static int? LinkedTarget(StoryItem item, Dictionary<ClaimRef, int> byRef)
    {
        foreach (var cue in item.Source.Claim.Cues)
        {
            if (cue.StartsWith(RefutesCue, StringComparison.Ordinal)
                && byRef.TryGetValue(item.Source.Ref with { ClaimId = cue[RefutesCue.Length..] }, out var target))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>Final groups after the analyst's merges and splits, as lists of item indexes.</summary>
    private static List<List<int>> ApplyDecisions(
        StoryItem[] items, bool[] grouped, DisjointSet set, IReadOnlyList<PropositionDecision> decisions,
        Dictionary<ClaimRef, int> byRef, Dictionary<int, List<string>> joins)
    {
        var label = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            label[i] = grouped[i] ? set.Find(i) : -1;
        }

        var next = items.Length;
        foreach (var decision in decisions.OrderBy(d => d.Id))
        {
            if (!byRef.TryGetValue(decision.Claim, out var claim))
            {
                continue;
            }

            if (decision.Kind == PropositionDecisionKind.Split)
            {
                label[claim] = next++;
                Note(joins, claim, $"analyst split #{decision.Id}");
                continue;
            }

            if (decision.Other is not { } otherRef || !byRef.TryGetValue(otherRef, out var other))
            {
                continue;
            }

            if (label[claim] < 0)
            {
                label[claim] = next++;
            }

            if (label[other] < 0)
            {
                label[other] = next++;
            }

            var from = label[other];
            var to = label[claim];
            for (var i = 0; i < label.Length; i++)
            {
                if (label[i] == from)
                {
                    label[i] = to;
                }
            }

            Note(joins, claim, $"analyst merge #{decision.Id} with {otherRef}");
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < items.Length; i++)
        {
            if (label[i] < 0)
            {
                continue;
            }

            if (!groups.TryGetValue(label[i], out var members))
            {
                members = [];
                groups[label[i]] = members;
            }

            members.Add(i);
        }

        return [.. groups.Values];
    }

    internal static void Note(Dictionary<int, List<string>> joins, int item, string note)
    {
        if (!joins.TryGetValue(item, out var notes))
        {
            notes = [];
            joins[item] = notes;
        }

        notes.Add(note);
    }

    private static List<MergeSuggestion> Resolve(List<(int A, int B, double Similarity)> pairs, List<Proposition> propositions, StoryItem[] items)
    {
        var owner = new Dictionary<ClaimRef, string>();
        foreach (var proposition in propositions)
        {
            foreach (var claim in proposition.Claims)
            {
                owner[claim.Claim.Ref] = proposition.Id;
            }
        }

        var seen = new HashSet<(string, string)>();
        var suggestions = new List<MergeSuggestion>();
        foreach (var (a, b, similarity) in pairs.OrderByDescending(p => p.Similarity))
        {
            var ra = items[a].Source.Ref;
            var rb = items[b].Source.Ref;
            if (!owner.TryGetValue(ra, out var pa) || !owner.TryGetValue(rb, out var pb) || pa == pb)
            {
                continue;
            }

            var key = string.CompareOrdinal(pa, pb) < 0 ? (pa, pb) : (pb, pa);
            if (seen.Add(key))
            {
                suggestions.Add(new MergeSuggestion(pa, pb, ra, rb, similarity));
            }
        }

        return suggestions;
    }
}
