using System.Globalization;
using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>Finds claims that cannot both hold: a statement and its denial or debunking, and different figures for the
/// same subject, scope and time from different origins.</summary>
/// <remarks>Projections are never set against counts, nor an origin against its own later figure (that is a revision).
/// Within a topic, propositions are compared only with those whose dates overlap, in date order.</remarks>
internal static class ContradictionFinder
{
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

        foreach (var topic in propositions.GroupBy(p => (p.Event, p.Subject.Key, p.Subject.Increment, p.Projection)))
        {
            if (topic.Key.Key.Length == 0)
            {
                continue;
            }

            var ordered = topic.OrderBy(p => p.FirstSeen ?? DateOnly.MinValue).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    var a = ordered[i];
                    var b = ordered[j];
                    if (Gap(a, b) > options.WindowDays)
                    {
                        break;
                    }

                    if (Between(a, b, topic.Key.Projection || topic.Key.Increment) is { } contradiction)
                    {
                        found.Add(contradiction);
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
            var against = denial.Contradicting.First();
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
            string.Create(CultureInfo.InvariantCulture, $"{aLead.Claim.Claim.Source}: {fa} against {bLead.Claim.Claim.Source}: {fb}"));
    }

    private static bool Overlap(FigureRange a, FigureRange b)
    {
        var aLow = a.Low ?? 0;
        var aHigh = a.High ?? double.PositiveInfinity;
        var bLow = b.Low ?? 0;
        var bHigh = b.High ?? double.PositiveInfinity;
        // Figures within a tenth of each other are the same figure rounded differently.
        return aLow <= bHigh * 1.1 && bLow <= aHigh * 1.1;
    }

    private static int Gap(Proposition earlier, Proposition later) =>
        earlier.LastSeen is { } end && later.FirstSeen is { } start ? start.DayNumber - end.DayNumber : 0;

    private static string Verb(Stance stance) => stance == Stance.Refuted ? "refuted" : "denied";
}
