using Assay.Analysis.Estimates;
using Assay.Analysis.Story;

namespace Assay.Analysis.Reliability;

/// <summary>Learns each origin's reliability from the propositions the analyst resolved (docs/sources.md).</summary>
public static class TrackRecordBuilder
{
    /// <summary>One record per origin in the picture, most claims first.</summary>
    /// <param name="picture">The story picture.</param>
    /// <param name="resolutions">Resolutions in force; a later one of the same proposition overrides an earlier one.</param>
    /// <param name="grade">The analyst's grade of an origin, null when ungraded.</param>
    /// <param name="options">The documented defaults when null.</param>
    /// <remarks>
    /// An origin earns one hit or miss per resolved proposition, however many of its claims the proposition holds: ten
    /// articles repeating one agency are one voice. Its stance there is that of its latest claim (by as-of date, then
    /// reference), so an origin that stated and later withdrew something is judged on the withdrawal. A hit supports a
    /// confirmed proposition or contradicts a refuted one; a miss is the reverse. Each hit or miss is weighted
    /// λ^(age / period), its age running from the resolution's time, when Assay learnt it, to
    /// <see cref="TrackRecordOptions.AsOf"/>, as in Jøsang's Beta reputation system: that equals updating in the order
    /// of resolution with the belief forgotten toward its grade between updates. The claim's own date is not used: an
    /// analyst resolving an old story after the fact would otherwise see every resolution arrive already forgotten.
    /// </remarks>
    public static IReadOnlyList<OriginRecord> Build(
        StoryPicture picture, IReadOnlyList<Resolution> resolutions, Func<Origin, ReliabilityGrade?> grade, TrackRecordOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(resolutions);
        ArgumentNullException.ThrowIfNull(grade);
        options ??= TrackRecordOptions.Default;
        Validate(options);

        var resolved = InForce(picture, resolutions);
        var asOf = options.AsOf ?? (resolutions.Count == 0 ? DateTimeOffset.MinValue : resolutions.Max(r => r.At));
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        Tally TallyOf(Origin origin) =>
            tallies.TryGetValue(origin.Id, out var t) ? t : tallies[origin.Id] = new Tally(origin);

        foreach (var proposition in picture.Propositions)
        {
            resolved.TryGetValue(proposition.Id, out var resolution);
            foreach (var claims in proposition.Claims.GroupBy(c => c.Origin.Id, StringComparer.Ordinal))
            {
                var tally = TallyOf(claims.First().Origin);
                tally.Claims += claims.Count();

                // An origin that only withheld ("has not acknowledged") took no side to be right or wrong on.
                if (resolution is null || claims.All(c => c.Role == ClaimRole.Withholds))
                {
                    continue;
                }

                tally.Resolved += claims.Count();
                var latest = claims.Where(c => c.Role != ClaimRole.Withholds).OrderBy(c => c.AsOf ?? DateOnly.MinValue).ThenBy(c => c.Claim.Ref).Last();
                var hit = (latest.Role == ClaimRole.Supports) == (resolution.Outcome == ResolutionOutcome.Confirmed);
                var periods = Math.Max(0, (asOf - resolution.At).Ticks / (double)options.Period.Ticks);
                tally.Evidence.Add((hit, Math.Pow(options.Forgetting, periods)));
            }
        }

        Score(picture, resolved.Values, options.IntervalAlpha, TallyOf);

        return [.. tallies.Values
            .Select(t => t.ToRecord(grade(t.Origin), options.PriorCount))
            .OrderByDescending(r => r.Claims)
            .ThenBy(r => r.Origin.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Origin.Id, StringComparer.Ordinal)];
    }

    /// <summary>The resolution in force per proposition id: the latest by time, then by decision number. Anchors that no
    /// longer fall in any proposition are dropped.</summary>
    private static Dictionary<string, Resolution> InForce(StoryPicture picture, IReadOnlyList<Resolution> resolutions)
    {
        var byProposition = new Dictionary<string, Resolution>(StringComparer.Ordinal);
        foreach (var r in resolutions.OrderBy(r => r.At).ThenBy(r => r.DecisionId))
        {
            if (picture.Find(r.Anchor) is { } p)
            {
                byProposition[p.Id] = r;
            }
        }

        return byProposition;
    }

    /// <summary>Scores every two-ended figure that states the resolved proposition or another on the same subject and
    /// event against the resolution's true value; one score per origin, proposition and figure.</summary>
    private static void Score(StoryPicture picture, IEnumerable<Resolution> resolved, double alpha, Func<Origin, Tally> tallyOf)
    {
        var scored = new HashSet<(string Origin, string Proposition, double Low, double High, long Decision)>();
        foreach (var resolution in resolved)
        {
            if (resolution.Value is not { } truth || picture.Find(resolution.Anchor) is not { } anchor)
            {
                continue;
            }

            var related = anchor.Subject.Key.Length == 0
                ? [anchor]
                : picture.Propositions.Where(p => p.Id == anchor.Id
                    || (p.Event == anchor.Event && p.Subject.Key == anchor.Subject.Key && p.Subject.Increment == anchor.Subject.Increment));
            foreach (var p in related)
            {
                foreach (var c in p.Supporting)
                {
                    // An open-ended figure ("more than 1,000") has no upper end to score: its width would be infinite.
                    if (c.Claim.Quantity is { Low: { } low, High: { } high } && high >= low
                        && scored.Add((c.Origin.Id, p.Id, low, high, resolution.DecisionId)))
                    {
                        tallyOf(c.Origin).Scores.Add(IntervalScore.Relative(low, high, truth, alpha));
                    }
                }
            }
        }
    }

    private static void Validate(TrackRecordOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.PriorCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Forgetting);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Forgetting, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Period, TimeSpan.Zero);
    }

    private sealed class Tally(Origin origin)
    {
        public Origin Origin { get; } = origin;

        public int Claims { get; set; }

        public int Resolved { get; set; }

        public List<(bool Hit, double Weight)> Evidence { get; } = [];

        public List<double> Scores { get; } = [];

        public OriginRecord ToRecord(ReliabilityGrade? grade, double priorCount)
        {
            var belief = BetaReliability.FromGrade(grade, priorCount);
            foreach (var (hit, weight) in Evidence)
            {
                belief = belief.Update(hit, weight);
            }

            return new OriginRecord(
                Origin,
                grade,
                belief.Alpha,
                belief.Beta,
                Claims,
                Resolved,
                Evidence.Count(e => e.Hit),
                Evidence.Count(e => !e.Hit),
                Scores.Count == 0 ? null : Scores.Average(),
                Scores.Count);
        }
    }
}
