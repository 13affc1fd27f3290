using System.Globalization;
using Assay.Analysis.Propositions;
using Assay.Analysis.Propositions.Embeddings;
using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>Joins or suggests joining groups whose lexical keys differ but whose statements mean the same, by the
/// cosine similarity of sentence embeddings.</summary>
/// <remarks>
/// Only groups that could be one statement are compared: the same event and tense, overlapping figures (or, without
/// figures, the same place), and dates within the window. Groups are blocked by event and a figure band of ×1.5, and
/// each is compared with at most <see cref="StoryOptions.MaxSemanticBlock"/> neighbours in date order, so the work
/// stays linear in the number of groups.
/// </remarks>
internal static class SemanticJoiner
{
    private const double FigureBand = 1.5;

    public static List<(int A, int B, double Similarity)> Join(
        StoryItem[] items, bool[] grouped, DisjointSet set, StoryOptions options, Dictionary<int, List<string>> joins)
    {
        var suggestions = new List<(int, int, double)>();
        if (options.Embedder is not { } embedder)
        {
            return suggestions;
        }

        var representatives = Representatives(items, grouped, set);
        var blocks = new Dictionary<(EventType, bool, string), List<int>>();
        foreach (var rep in representatives)
        {
            var item = items[rep];
            var band = item.Interval is { } iv
                ? Math.Floor(Math.Log(Math.Max(1, (iv.Low + iv.High) / 2)) / Math.Log(FigureBand)).ToString(CultureInfo.InvariantCulture)
                : "place:" + item.Subject.ScopeKey;
            var key = (item.Source.Claim.Event, item.Speculative, band);
            if (!blocks.TryGetValue(key, out var block))
            {
                block = [];
                blocks[key] = block;
            }

            block.Add(rep);
        }

        var pairs = new List<(int A, int B)>();
        foreach (var ((type, speculative, band), block) in blocks)
        {
            var candidates = new List<int>(block);
            // A figure near a band edge may match one in the next band up.
            if (band.Length > 0 && band[0] != 'p' && blocks.TryGetValue((type, speculative, Next(band)), out var upper))
            {
                candidates.AddRange(upper);
            }

            candidates.Sort((a, b) => (items[a].AsOf ?? DateOnly.MinValue).CompareTo(items[b].AsOf ?? DateOnly.MinValue));
            for (var i = 0; i < candidates.Count; i++)
            {
                for (var j = i + 1; j < candidates.Count && j <= i + options.MaxSemanticBlock; j++)
                {
                    if (Comparable(items[candidates[i]], items[candidates[j]], options))
                    {
                        pairs.Add((candidates[i], candidates[j]));
                    }
                }
            }
        }

        if (pairs.Count == 0)
        {
            return suggestions;
        }

        var needed = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().ToList();
        var vectors = embedder.Embed([.. needed.Select(i => items[i].Source.Claim.Text)]);
        var vectorOf = new Dictionary<int, float[]>(needed.Count);
        for (var i = 0; i < needed.Count; i++)
        {
            vectorOf[needed[i]] = vectors[i];
        }

        foreach (var (a, b) in pairs.Distinct())
        {
            // Vectors are unit length, so the dot product is the cosine.
            double similarity = VectorMath.Dot(vectorOf[a], vectorOf[b]);
            if (similarity >= options.JoinThreshold)
            {
                set.Union(a, b);
                StoryBuilder.Note(joins, b, string.Create(CultureInfo.InvariantCulture, $"meaning {similarity:0.00} with {items[a].Source.Ref}"));
            }
            else if (similarity >= options.SuggestThreshold)
            {
                suggestions.Add((a, b, similarity));
            }
        }

        return suggestions;
    }

    private static string Next(string band) =>
        (int.Parse(band, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>One claim per group: the earliest supporting claim, else the earliest claim.</summary>
    private static List<int> Representatives(StoryItem[] items, bool[] grouped, DisjointSet set)
    {
        var best = new Dictionary<int, int>();
        foreach (var item in items)
        {
            if (!grouped[item.Index])
            {
                continue;
            }

            var root = set.Find(item.Index);
            if (!best.TryGetValue(root, out var current) || Better(item, items[current]))
            {
                best[root] = item.Index;
            }
        }

        return [.. best.Values.Order()];
    }

    private static bool Better(StoryItem candidate, StoryItem current)
    {
        if (candidate.Role != current.Role)
        {
            return candidate.Role == ClaimRole.Supports;
        }

        return (candidate.AsOf ?? DateOnly.MaxValue) < (current.AsOf ?? DateOnly.MaxValue);
    }

    /// <summary>Groups that could be one statement. Embeddings do not see direction or negation ("Russia sent troops to
    /// North Korea" scores as high as its reverse), so the lexical facts must not disagree: the same role, no two
    /// different nationalities, no two different places.</summary>
    private static bool Comparable(StoryItem a, StoryItem b, StoryOptions options)
    {
        // Two claims of one sentence are two statements ("300 killed and 2,700 wounded"), whatever their words.
        var sameSentence = a.Source.Ref.ArticleId == b.Source.Ref.ArticleId && a.Source.Claim.Span == b.Source.Claim.Span;
        if (sameSentence || a.Topic == b.Topic || a.Role != b.Role || Names.Conflict(a.Subject.Nationality, b.Subject.Nationality)
            || Names.Conflict(a.Subject.ScopeKey, b.Subject.ScopeKey) || Names.Conflict(a.Source.Claim.Agent, b.Source.Claim.Agent))
        {
            return false;
        }

        if (a.AsOf is { } da && b.AsOf is { } db && Math.Abs(da.DayNumber - db.DayNumber) > options.WindowDays)
        {
            return false;
        }

        if (a.Interval is { } x && b.Interval is { } y)
        {
            return x.Low <= y.High && y.Low <= x.High;
        }

        return a.Interval is null && b.Interval is null;
    }

}
