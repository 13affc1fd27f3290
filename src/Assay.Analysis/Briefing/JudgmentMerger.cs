using System.Globalization;
using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>Folds near-duplicate key judgments into one: two figure-free propositions about the same event by the same
/// nationality, where one says the same as the other more narrowly ("North Korea has deployed forces" and "North Korean
/// troops are deployed in Russia"), are stated once, in the broader words, on the evidence of both (TRADECRAFT §1.3:
/// duplicates are merged, not counted twice).</summary>
internal static class JudgmentMerger
{
    /// <summary>The first <paramref name="max"/> judgments in rank order, each duplicate folded into the first one it
    /// duplicates; with, per kept proposition id, the propositions folded into it.</summary>
    public static (List<Proposition> Judged, Dictionary<string, List<Proposition>> Folded) Select(IEnumerable<Proposition> ranked, int max)
    {
        var judged = new List<Proposition>();
        var folded = new Dictionary<string, List<Proposition>>(StringComparer.Ordinal);
        var rank = 0;
        foreach (var p in ranked)
        {
            var i = judged.FindIndex(k => Duplicates(k, p));
            if (i < 0)
            {
                if (judged.Count < max)
                {
                    judged.Add(p);
                }

                rank++;
                continue;
            }

            // Only a duplicate that would have been stated is folded in; a weaker one below the cut is left out, as before.
            if (rank++ >= max)
            {
                continue;
            }

            var kept = judged[i];
            var merged = Merge(kept, p);
            var parts = folded.Remove(kept.Id, out var earlier) ? earlier : [];
            parts.Add(merged.Id == kept.Id ? p : kept);
            folded[merged.Id] = parts;
            judged[i] = merged;
        }

        // A merged judgment rests on more origins than either part, so it may move up.
        var order = judged
            .Select((p, index) => (p, index))
            .OrderByDescending(x => x.p.Origins.Count)
            .ThenByDescending(x => x.p.EffectiveSources)
            .ThenBy(x => x.index)
            .Select(x => x.p)
            .ToList();
        return (order, folded);
    }

    /// <summary>True when neither carries a figure, both are about the same event by the same nationality, in the same
    /// tense, neither shown false nor resting on a report that was, and one subject is the other's or a broader one (its noun or its place left unstated).</summary>
    internal static bool Duplicates(Proposition a, Proposition b)
    {
        if (a.Event != b.Event || a.Projection != b.Projection || a.Figure is not null || b.Figure is not null
            || a.Refuted || b.Refuted || a.RestsOnRefuted || b.RestsOnRefuted || a.Subject.Nationality.Length == 0
            || !string.Equals(a.Subject.Nationality, b.Subject.Nationality, StringComparison.Ordinal)
            || a.Subject.Increment != b.Subject.Increment)
        {
            return false;
        }

        return Covers(a.Subject, b.Subject) || Covers(b.Subject, a.Subject);
    }

    /// <summary>True when <paramref name="broad"/> says at least as little as <paramref name="narrow"/> on noun and place.</summary>
    private static bool Covers(Subject broad, Subject narrow) =>
        (broad.Noun.Length == 0 || string.Equals(broad.Noun, narrow.Noun, StringComparison.Ordinal))
        && (broad.ScopeKey.Length == 0 || string.Equals(broad.ScopeKey, narrow.ScopeKey, StringComparison.Ordinal));

    /// <summary>One proposition in the broader one's words with the claims of both: every report of the narrower
    /// statement is also a report of the broader one.</summary>
    internal static Proposition Merge(Proposition a, Proposition b)
    {
        var (broad, narrow) = Covers(a.Subject, b.Subject) ? (a, b) : (b, a);
        var claims = broad.Claims.Concat(narrow.Claims)
            .DistinctBy(c => c.Claim.Ref)
            .OrderBy(c => c.AsOf ?? DateOnly.MaxValue)
            .ThenBy(c => c.Claim.Ref)
            .ToList();
        var supporting = claims.Where(c => c.Role == ClaimRole.Supports).ToList();
        return broad with
        {
            Claims = claims,
            Origins = [.. supporting.Select(c => c.Origin).DistinctBy(o => o.Id)],
            Outlets = claims.Select(c => Names.OutletKey(c.Claim.Outlet ?? "article " + c.Claim.Ref.ArticleId.ToString(CultureInfo.InvariantCulture)))
                .Distinct(StringComparer.Ordinal).Count(),
            EffectiveSources = PropositionAssembler.EffectiveSources(supporting),
            FirstSeen = claims.Min(c => c.AsOf),
            LastSeen = claims.Max(c => c.AsOf),
            Contested = a.Contested || b.Contested,
            Notes = [.. broad.Notes, .. narrow.Notes],
            Joins = [.. broad.Joins, .. narrow.Joins, $"briefing merge with {narrow.Id}"],
        };
    }
}
