namespace Assay.Analysis.Story;

/// <summary>Groups the claims of one topic: compatible figures, as-of dates no more than a window apart, one scope.</summary>
internal static class TopicClusterer
{
    public static void Cluster(StoryItem[] items, List<int> members, StoryOptions options, DisjointSet set)
    {
        var figured = new List<int>();
        var plain = new List<int>();
        foreach (var index in members)
        {
            (items[index].Interval is null ? plain : figured).Add(index);
        }

        // Sorted by lower bound, claims whose intervals all overlap share a common point (intervals have the Helly
        // property), so one pass keeping the running intersection finds groups of mutually compatible figures.
        figured.Sort((a, b) => items[a].Interval!.Value.Low.CompareTo(items[b].Interval!.Value.Low));
        var cluster = new List<int>();
        var high = double.PositiveInfinity;
        foreach (var index in figured)
        {
            var (low, itemHigh) = items[index].Interval!.Value;
            if (cluster.Count > 0 && low > high)
            {
                SplitAndJoin(items, cluster, options, set);
                cluster.Clear();
                high = double.PositiveInfinity;
            }

            cluster.Add(index);
            high = Math.Min(high, itemHigh);
        }

        SplitAndJoin(items, cluster, options, set);
        SplitAndJoin(items, plain, options, set);
    }

    private static void SplitAndJoin(StoryItem[] items, List<int> cluster, StoryOptions options, DisjointSet set)
    {
        if (cluster.Count == 0)
        {
            return;
        }

        var byDate = cluster.OrderBy(i => items[i].AsOf ?? DateOnly.MinValue).ThenBy(i => i).ToList();
        var run = new List<int>();
        DateOnly? last = null;
        foreach (var index in byDate)
        {
            var date = items[index].AsOf;
            if (run.Count > 0 && last is { } l && date is { } d && d.DayNumber - l.DayNumber > options.WindowDays)
            {
                JoinByScope(items, run, set);
                run.Clear();
            }

            run.Add(index);
            last = date ?? last;
        }

        JoinByScope(items, run, set);
    }

    /// <summary>Claims naming different places stay apart; a claim naming none joins the place most claims name.</summary>
    private static void JoinByScope(StoryItem[] items, List<int> run, DisjointSet set)
    {
        var byScope = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var index in run)
        {
            var scope = items[index].Subject.ScopeKey;
            if (scope.Length == 0)
            {
                continue;
            }

            counts[scope] = counts.GetValueOrDefault(scope) + 1;
            if (byScope.TryGetValue(scope, out var first))
            {
                set.Union(first, index);
            }
            else
            {
                byScope[scope] = index;
            }
        }

        var main = counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        var anchor = main is null ? run[0] : byScope[main];
        foreach (var index in run)
        {
            if (items[index].Subject.ScopeKey.Length == 0)
            {
                set.Union(anchor, index);
            }
        }
    }
}
