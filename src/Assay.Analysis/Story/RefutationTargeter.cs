using System.Globalization;
using Assay.Analysis.Propositions.Embeddings;
using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>Finds what a denial or debunking answers when its article does not say: the earlier statement, with
/// compatible actors, event and place, whose sentence is most alike.</summary>
/// <remarks>
/// A debunking is worded unlike the report it answers ("the report did not stand up" against "engineers will be sent
/// to Donetsk"), so lexical keys rarely meet; the test is the likeness of the two sentences (cosine of embeddings, or
/// the overlap of content words without an embedder), among candidates that cannot conflict: the same event (or
/// none), no two different nationalities, agents or places, and stated before the answer. Each answer looks at most
/// <see cref="MaxLooks"/> statements per event and scores at most <see cref="MaxCandidates"/>, latest first, so the
/// work stays linear in the number of answers.
/// </remarks>
internal static class RefutationTargeter
{
    private const int MaxCandidates = 128;
    private const int MaxLooks = 2048;
    private const int MaxAgeDays = 400;

    public static void Attach(StoryItem[] items, bool[] grouped, DisjointSet set, StoryOptions options, Dictionary<int, List<string>> joins)
    {
        var groups = new Dictionary<int, List<int>>();
        foreach (var item in items)
        {
            if (!grouped[item.Index])
            {
                continue;
            }

            var root = set.Find(item.Index);
            if (!groups.TryGetValue(root, out var members))
            {
                members = [];
                groups[root] = members;
            }

            members.Add(item.Index);
        }

        var statements = new List<StoryItem>();
        var answers = new List<StoryItem>();
        foreach (var members in groups.Values)
        {
            var supporting = members.Where(i => items[i].Role == ClaimRole.Supports).Select(i => items[i]).ToList();
            if (supporting.Count > 0)
            {
                statements.Add(supporting.OrderBy(i => i.AsOf ?? DateOnly.MaxValue).First());
            }
            else
            {
                answers.AddRange(members.Select(i => items[i]).Where(i => i.Source.Claim.Stance is Stance.Refuted or Stance.Denied));
            }
        }

        if (answers.Count == 0 || statements.Count == 0)
        {
            return;
        }

        // Statements by event, latest first; an answer looks at its own event's statements and those with no event,
        // from its own date backwards, and stops after a bounded number of looks.
        var byEvent = statements
            .GroupBy(i => i.Source.Claim.Event)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.AsOf ?? DateOnly.MinValue).ThenBy(i => i.Index).ToList());
        var pairs = new List<(StoryItem Answer, StoryItem Statement)>();
        foreach (var answer in answers)
        {
            var lists = answer.Source.Claim.Event == EventType.None
                ? byEvent.Values
                : new[] { answer.Source.Claim.Event, EventType.None }.Where(byEvent.ContainsKey).Select(e => byEvent[e]);
            var taken = 0;
            foreach (var list in lists)
            {
                var looked = 0;
                for (var i = FirstAtOrBefore(list, answer.AsOf); i < list.Count && taken < MaxCandidates && looked < MaxLooks; i++, looked++)
                {
                    if (Compatible(answer, list[i]))
                    {
                        pairs.Add((answer, list[i]));
                        taken++;
                    }
                }
            }
        }

        var score = Scorer(pairs, options);
        var threshold = options.Embedder is null ? options.AnswerWordOverlap : options.AnswerSimilarity;
        foreach (var answer in pairs.GroupBy(p => p.Answer.Index))
        {
            var best = answer.Select(p => (p.Statement, Score: score(p.Answer, p.Statement)))
                .OrderByDescending(p => p.Score).ThenBy(p => p.Statement.Index).First();
            if (best.Score >= threshold)
            {
                set.Union(best.Statement.Index, answer.Key);
                StoryBuilder.Note(joins, answer.Key, string.Create(
                    CultureInfo.InvariantCulture, $"{items[answer.Key].Source.Ref} answers {best.Statement.Source.Ref} (likeness {best.Score:0.00})"));
            }
        }
    }

    /// <summary>Index of the first statement (latest first) dated on or before <paramref name="date"/>.</summary>
    private static int FirstAtOrBefore(List<StoryItem> latestFirst, DateOnly? date)
    {
        if (date is not { } d)
        {
            return 0;
        }

        int low = 0, high = latestFirst.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if ((latestFirst[mid].AsOf ?? DateOnly.MinValue) > d)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static bool Compatible(StoryItem answer, StoryItem statement)
    {
        if (statement.AsOf is { } said && answer.AsOf is { } answered && (said > answered || answered.DayNumber - said.DayNumber > MaxAgeDays))
        {
            return false;
        }

        var a = answer.Source.Claim;
        var s = statement.Source.Claim;
        return (a.Event == s.Event || a.Event == EventType.None || s.Event == EventType.None)
               && !Names.Conflict(answer.Subject.Nationality, statement.Subject.Nationality)
               && !Names.Conflict(a.Agent, s.Agent)
               && PlacesAgree(answer.Subject.ScopeKey, statement.Subject.ScopeKey)
               && answer.Source.Ref.ArticleId != statement.Source.Ref.ArticleId;
    }

    /// <summary>Places agree when either is unstated or one names the other ("donetsk" in "russian-occupied donetsk oblast").</summary>
    private static bool PlacesAgree(string a, string b) =>
        a.Length == 0 || b.Length == 0 || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    private static Func<StoryItem, StoryItem, double> Scorer(List<(StoryItem Answer, StoryItem Statement)> pairs, StoryOptions options)
    {
        if (options.Embedder is { } embedder && pairs.Count > 0)
        {
            var needed = pairs.SelectMany(p => new[] { p.Answer, p.Statement }).DistinctBy(i => i.Index).ToList();
            var vectors = embedder.Embed([.. needed.Select(i => i.Source.Claim.Text)]);
            var byIndex = new Dictionary<int, float[]>(needed.Count);
            for (var i = 0; i < needed.Count; i++)
            {
                byIndex[needed[i].Index] = vectors[i];
            }

            return (a, b) => VectorMath.Dot(byIndex[a.Index], byIndex[b.Index]);
        }

        var words = new Dictionary<int, HashSet<string>>();
        HashSet<string> WordsOf(StoryItem item)
        {
            if (!words.TryGetValue(item.Index, out var set))
            {
                set = ContentWords.Of(item.Source.Claim.Text);
                words[item.Index] = set;
            }

            return set;
        }

        return (a, b) =>
        {
            var x = WordsOf(a);
            var y = WordsOf(b);
            var shared = x.Count(y.Contains);
            var union = x.Count + y.Count - shared;
            return union == 0 ? 0 : (double)shared / union;
        };
    }
}
