using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;

namespace Assay.Analysis.Estimates;

/// <summary>Builds estimate series from the story picture: every supporting figure, by subject, collapsed to one point
/// per origin, date and figure; revisions by the same origin; and the pooled range (docs/estimates.md).</summary>
public static class SeriesBuilder
{
    /// <summary>One series per counted subject with at least one figure, most claims first.</summary>
    /// <param name="picture">The story picture (origins already followed through credits and copies).</param>
    /// <param name="grade">The Admiralty reliability of an origin; F (cannot be judged) for all when null.</param>
    /// <param name="options">Pooling options; the documented defaults when null.</param>
    public static IReadOnlyList<SubjectSeries> Build(StoryPicture picture, Func<Origin, ReliabilityGrade>? grade = null, PoolingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(picture);
        grade ??= static _ => ReliabilityGrade.F;
        var entries = new List<Entry>();
        foreach (var proposition in picture.Propositions)
        {
            var excluded = proposition.Refuted ? "refuted" : proposition.RestsOnRefuted ? "rests on a refuted report" : null;
            foreach (var member in proposition.Supporting)
            {
                // "The public number has gone from 1,500 to 3,000 to 10,000" (a recap) recounts figures others made
                // public without adopting them: they are not the outlet's, and their makers' reports are here already.
                if (member.Claim.Quantity is { } q && member.Subject.Key.Length > 0 && member.AsOf is { } asOf && q.Low is null or > 0 && q.High is null or > 0
                    && !member.Claim.Claim.HasCue("recap:"))
                {
                    entries.Add(new Entry(member, q, asOf, Status(member, proposition), excluded, proposition.Event));
                }
            }
        }

        var series = new List<SubjectSeries>();
        foreach (var subject in entries.GroupBy(e => SeriesKey(e.Member, e.Event), StringComparer.Ordinal))
        {
            series.Add(BuildOne(subject.Key, [.. subject], grade, options ?? PoolingOptions.Default));
        }

        return [.. series.OrderByDescending(s => s.ClaimCount).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    /// <summary>Series whose subject (with its scope) contains <paramref name="text"/>, ignoring case.</summary>
    public static IEnumerable<SubjectSeries> Matching(IEnumerable<SubjectSeries> series, string text)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim();
        return series.Where(s => s.Describe().Contains(wanted, StringComparison.OrdinalIgnoreCase)
                                 || s.Key.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                                 || s.Label.Contains(wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Projection when speculative, increment for an addition, observed count for an exact figure a witness,
    /// an office or the outlet records about losses, strikes or deliveries; otherwise an assessment.</summary>
    internal static EstimateStatus Status(PropositionClaim member, Proposition proposition)
    {
        if (proposition.Projection || member.Claim.Claim.Stance == Stance.Speculated)
        {
            return EstimateStatus.Projection;
        }

        if (member.Subject.Increment)
        {
            return EstimateStatus.Increment;
        }

        var c = member.Claim.Claim;
        var recorded = c.Event is EventType.Casualty or EventType.Combat or EventType.Supply
                       && member.Claim.Quantity!.Qualifier == QuantityQualifier.Exact
                       && c.SourceType is SourceType.Official or SourceType.Eyewitness or SourceType.Outlet;
        return recorded ? EstimateStatus.ObservedCount : EstimateStatus.Assessment;
    }

    private static SubjectSeries BuildOne(string key, List<Entry> entries, Func<Origin, ReliabilityGrade> grade, PoolingOptions options)
    {
        // A figure with no place stated speaks of the place most figures name, when at least half of those that name a
        // place name that one ("10,000 troops" in a story where most figures say "in Russia").
        var places = entries.Where(e => e.Member.Subject.ScopeKey.Length > 0)
            .GroupBy(e => e.Member.Subject.ScopeKey, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Label: g.First().Member.Subject.ScopeLabel, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var stated = places.Sum(p => p.Count);
        var main = places.Count > 0 && places[0].Count * 2 >= stated ? places[0].Label : "";
        var labels = places.ToDictionary(p => p.Key, p => p.Label, StringComparer.Ordinal);
        string ScopeOf(Entry e) => e.Member.Subject.ScopeKey.Length > 0 ? labels[e.Member.Subject.ScopeKey] : main;

        var label = Spelling.MostUsed(entries.Select(e => e.Member.Subject.Label));
        if (key.EndsWith(" casualties", StringComparison.Ordinal))
        {
            label += " casualties";
        }
        var collapsed = entries
            .GroupBy(e => (e.Member.Origin.Id, e.AsOf, e.Quantity.Low, e.Quantity.High, e.Quantity.Qualifier, e.Status, Scope: ScopeOf(e)))
            .Select(g =>
            {
                var first = g.OrderBy(e => e.Member.Claim.Ref).First();
                var point = new EstimatePoint(g.Key.AsOf, g.Key.Id, key, g.Key.Low, g.Key.High, g.Key.Qualifier, g.Key.Status, grade(first.Member.Origin))
                {
                    OriginName = first.Member.Origin.Name,
                    Scope = g.Key.Scope,
                    Reference = first.Member.Claim.Ref.ToString(),
                };
                return (Point: point, Entries: g.ToList(), Excluded: g.Select(e => e.Excluded).FirstOrDefault(x => x is not null));
            })
            .OrderBy(p => p.Point.AsOf)
            .ThenBy(p => p.Point.OriginName, StringComparer.Ordinal)
            .ToList();

        var revisions = new Dictionary<EstimatePoint, EstimateRevision>(ReferenceEqualityComparer.Instance);
        foreach (var origin in collapsed.Select(c => c.Point.OriginId).Distinct(StringComparer.Ordinal))
        {
            foreach (var step in EstimateAnalysis.Revisions(collapsed.Select(c => c.Point), origin, key).Steps)
            {
                revisions[step.Point] = step;
            }
        }

        var points = collapsed
            .Select(c => new SeriesPoint(
                c.Point,
                [.. c.Entries.Select(e => e.Member.Claim.Ref).Order()],
                [.. c.Entries.Select(e => e.Member.Claim.Outlet ?? "article " + e.Member.Claim.Ref.ArticleId).Distinct(StringComparer.Ordinal)],
                revisions[c.Point].Direction,
                revisions[c.Point].Previous,
                c.Excluded))
            .ToList();
        var pool = EstimateAnalysis.Pool(points.Where(p => p.Excluded is null).Select(p => p.Point), options);
        return new SubjectSeries(key, label, points, pool);
    }

    /// <summary>The subject key, with losses kept apart from the force they come from: "north-korea troops" counted in a
    /// casualty report is "north-korea troops casualties", not another figure for the troops deployed.</summary>
    private static string SeriesKey(PropositionClaim member, EventType type) =>
        type == EventType.Casualty && !IsCasualtyNoun(member.Subject.Noun) ? member.Subject.Key + " casualties" : member.Subject.Key;

    private static bool IsCasualtyNoun(string noun) =>
        noun.EndsWith("killed", StringComparison.Ordinal) || noun.EndsWith("wounded", StringComparison.Ordinal)
        || noun.EndsWith("casualties", StringComparison.Ordinal) || noun.EndsWith("captured", StringComparison.Ordinal)
        || noun.EndsWith("missing", StringComparison.Ordinal) || noun.EndsWith("dead", StringComparison.Ordinal);

    private sealed record Entry(PropositionClaim Member, Quantity Quantity, DateOnly AsOf, EstimateStatus Status, string? Excluded, EventType Event);
}
