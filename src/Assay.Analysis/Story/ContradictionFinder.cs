using System.Globalization;
using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>Finds claims that cannot both hold: a statement and its denial or debunking, and different figures for the
/// same subject, scope and time from different origins.</summary>
/// <remarks>Projections are never set against counts, nor an origin against its own later figure (that is a revision).
/// Within a topic, each proposition is compared with the strongest few propositions of its period and the periods
/// beside it (a period is one grouping window long), so the cost is linear in the number of propositions.</remarks>
internal static class ContradictionFinder
{
    /// <summary>How many of the strongest propositions of a topic, around each period, every other is set against.</summary>
    private const int AnchorsPerPeriod = 4;

    public static List<ClaimContradiction> Find(List<Proposition> propositions, StoryOptions options)
    {
        var found = new List<ClaimContradiction>();
        foreach (var proposition in propositions)
        {
            var lead = proposition.Supporting.FirstOrDefault();
            if (lead is null)
            {
                continue;
            }

            foreach (var against in proposition.Contradicting)
            {
                found.Add(new ClaimContradiction(
                    ContradictionKind.Stance, proposition.Id, lead.Claim.Ref, proposition.Id, against.Claim.Ref,
                    $"{against.Claim.Claim.Source} {Verb(against.Claim.Claim.Stance)} what {lead.Claim.Claim.Source} stated"));
            }
        }

        // Each proposition is set against the strongest few of its topic around its time (the anchors), not against every
        // other: the analyst needs to see that a figure disputes the main ones, and the work stays linear.
        foreach (var topic in propositions.GroupBy(p => (p.Event, p.Subject.Key, p.Subject.Increment, p.Projection)))
        {
            if (topic.Key.Key.Length == 0)
            {
                continue;
            }

            var byPeriod = topic.GroupBy(p => Period(p, options)).ToDictionary(g => g.Key, g => g.ToList());
            var seen = new HashSet<(string, string)>();
            foreach (var (period, members) in byPeriod)
            {
                var nearby = members.Concat(byPeriod.GetValueOrDefault(period - 1) ?? []).Concat(byPeriod.GetValueOrDefault(period + 1) ?? []);
                var anchors = nearby
                    .OrderByDescending(p => p.Origins.Count).ThenByDescending(p => p.Mentions).ThenBy(p => p.Id, StringComparer.Ordinal)
                    .Take(AnchorsPerPeriod)
                    .ToList();
                foreach (var proposition in members)
                {
                    foreach (var anchor in anchors)
                    {
                        if (anchor.Id == proposition.Id || Math.Abs(Gap(anchor, proposition)) > options.WindowDays)
                        {
                            continue;
                        }

                        var (a, b) = string.CompareOrdinal(anchor.Id, proposition.Id) < 0 ? (anchor, proposition) : (proposition, anchor);
                        if (seen.Add((a.Id, b.Id)) && Between(a, b, topic.Key.Projection || topic.Key.Increment) is { } contradiction)
                        {
                            found.Add(contradiction);
                        }
                    }
                }
            }
        }

        return found;
    }

    private static ClaimContradiction? Between(Proposition a, Proposition b, bool projected)
    {
        var aLead = a.Supporting.FirstOrDefault();
        var bLead = b.Supporting.FirstOrDefault();
        if (a.Subject.ScopeKey.Length > 0 && b.Subject.ScopeKey.Length > 0 && a.Subject.ScopeKey != b.Subject.ScopeKey)
        {
            return null;
        }

        // A denial with no figure of its own answers every figure for the subject made around that time.
        if (aLead is null != bLead is null)
        {
            var (denial, stated) = aLead is null ? (a, b) : (b, a);

            // A proposition only withheld ("has not acknowledged") answers nothing.
            if (denial.Contradicting.FirstOrDefault() is not { } against)
            {
                return null;
            }

            var lead = stated.Supporting.First();
            return denial.Figure is null
                ? new ClaimContradiction(ContradictionKind.Stance, stated.Id, lead.Claim.Ref, denial.Id, against.Claim.Ref,
                    $"{against.Claim.Claim.Source} {Verb(against.Claim.Claim.Stance)} {stated.Subject.Describe()}")
                : null;
        }

        if (aLead is null || bLead is null || projected || a.Figure is not { } fa || b.Figure is not { } fb || Overlap(fa, fb))
        {
            return null;
        }

        var originsA = a.Origins.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (b.Origins.Any(o => originsA.Contains(o.Id)))
        {
            return null;
        }

        return new ClaimContradiction(
            ContradictionKind.Figures, a.Id, aLead.Claim.Ref, b.Id, bLead.Claim.Ref,
            string.Create(CultureInfo.InvariantCulture, $"{aLead.Claim.Claim.Source}: {fa}{AsOf(aLead)} against {bLead.Claim.Claim.Source}: {fb}{AsOf(bLead)}"));
    }

    // " (as of 2024-12-16)": when each figure was given, so that a reader tells a dispute from a count that moved on.
    private static string AsOf(PropositionClaim claim) =>
        claim.AsOf is { } date ? string.Create(CultureInfo.InvariantCulture, $" (as of {date:yyyy-MM-dd})") : "";

    private static bool Overlap(FigureRange a, FigureRange b)
    {
        var aLow = a.Low ?? 0;
        var aHigh = a.High ?? double.PositiveInfinity;
        var bLow = b.Low ?? 0;
        var bHigh = b.High ?? double.PositiveInfinity;
        // Figures within a tenth of each other are the same figure rounded differently.
        return aLow <= bHigh * 1.1 && bLow <= aHigh * 1.1;
    }

    /// <summary>Days from the end of one to the start of the other (negative when they overlap), in either order.</summary>
    private static int Gap(Proposition a, Proposition b)
    {
        if (a.FirstSeen is not { } aStart || a.LastSeen is not { } aEnd || b.FirstSeen is not { } bStart || b.LastSeen is not { } bEnd)
        {
            return 0;
        }

        return Math.Max(bStart.DayNumber - aEnd.DayNumber, aStart.DayNumber - bEnd.DayNumber);
    }

    private static int Period(Proposition p, StoryOptions options) => (p.FirstSeen?.DayNumber ?? 0) / Math.Max(1, options.WindowDays);

    private static string Verb(Stance stance) => stance == Stance.Refuted ? "refuted" : "denied";
}
