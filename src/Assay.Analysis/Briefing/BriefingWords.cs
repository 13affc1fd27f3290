using System.Globalization;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;

namespace Assay.Analysis.Briefing;

/// <summary>Propositions, figures, names and dates in the plain words a briefing sentence uses.</summary>
internal static class BriefingWords
{
    /// <summary>What a proposition holds, as a clause to follow "that": "10,000–12,000 north korean troops are deployed
    /// in Russia". A clause whose own words would trip the estimative lint names the proposition instead.</summary>
    public static string Clause(Proposition p)
    {
        var clause = RawClause(p);
        return EstimativeLint.HasLikelihood(clause) || EstimativeLint.HasConfidence(clause)
            ? $"the statement of proposition {p.Id} holds"
            : clause;
    }

    private static string RawClause(Proposition p)
    {
        var s = p.Subject;
        var figure = p.Figure is { } f ? Figure(f.Low, f.High) + " " : "";
        var place = s.ScopeLabel.Length == 0 ? "" : " in " + s.ScopeLabel;
        // What is supplied or given goes to a place: "containers have been supplied to Russia", not "in Russia".
        var destination = s.ScopeLabel.Length == 0 ? "" : " to " + s.ScopeLabel;
        var future = p.Projection;
        if (s.Label.Length == 0)
        {
            return $"the reported {EventNoun(p.Event)} {(future ? "will take" : "took")} place{place}";
        }

        if (s.Noun.Length == 0)
        {
            return s.Label + " " + ActorVerb(p.Event, future) + place;
        }

        var what = figure + s.Label;
        return p.Event switch
        {
            EventType.Deploy => $"{what} {(future ? "will be" : "are")} deployed{place}",
            EventType.Train => $"{what} {(future ? "will be" : "are being")} trained{place}",
            EventType.Combat => $"{what} {(future ? "will fight" : "have fought")}{place}",
            EventType.Casualty when IsLoss(s.Noun) => $"there {(future ? "will be" : "have been")} {what}{place}",
            EventType.Casualty => $"{what} {(future ? "will be" : "have been")} {CasualtyKind(p)}{place}",
            EventType.Supply => $"{what} {(future ? "will be" : "have been")} supplied{destination}",
            EventType.Aid => $"{what} {(future ? "will be" : "have been")} given as aid{destination}",
            EventType.Agreement => $"an agreement covering {what}{place} {(future ? "will be" : "is")} in force",
            EventType.Warning => $"a warning about {what}{place} {(future ? "will be" : "was")} issued",
            _ => $"the reports of {what}{place} hold",
        };
    }

    /// <summary>"10,000–12,000", "at least 10,000", "up to 12,000", "11,000".</summary>
    public static string Figure(double? low, double? high) => (low, high) switch
    {
        ({ } l, { } h) when l == h => Number(l),
        ({ } l, { } h) => Number(l) + "–" + Number(h),
        ({ } l, null) => "at least " + Number(l),
        (null, { } h) => "up to " + Number(h),
        _ => "an unstated number of",
    };

    /// <summary>A stated figure with its qualifier: "about 11,000", "more than 10,000", "1,500–12,000".</summary>
    public static string Figure(double? low, double? high, QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.MoreThan => "more than " + Number(low ?? high ?? 0),
        QuantityQualifier.AtLeast => "at least " + Number(low ?? high ?? 0),
        QuantityQualifier.UpTo => "up to " + Number(high ?? low ?? 0),
        QuantityQualifier.LessThan => "fewer than " + Number(high ?? low ?? 0),
        QuantityQualifier.Approximate when low == high && low is { } v => "about " + Number(v),
        _ => Figure(low, high),
    };

    /// <summary>"12,000", "2.5".</summary>
    public static string Number(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>"2024-10-21".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"one independent origin", "3 independent origins".</summary>
    public static string Count(int n, string singular, string plural) =>
        n == 1 ? "one " + singular : n.ToString(CultureInfo.InvariantCulture) + " " + plural;

    /// <summary>"A", "A and B", "A, B and C"; past <paramref name="max"/>, "A, B and 3 others".</summary>
    public static string List(IReadOnlyList<string> items, int max = 4)
    {
        if (items.Count > max)
        {
            return string.Join(", ", items.Take(max)) + " and " + (items.Count - max).ToString(CultureInfo.InvariantCulture) + " others";
        }

        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    /// <summary>"2 decimals": a reliability in running text.</summary>
    public static string Reliability(double r) => r.ToString("0.00", CultureInfo.InvariantCulture);

    // What befell the people a casualty proposition counts, when every claim behind it that names the harm names one
    // ("Ukraine has captured two soldiers", "the two soldiers captured in January": captured); else all three.
    private static string CasualtyKind(Proposition p)
    {
        string? kind = null;
        foreach (var claim in p.Supporting)
        {
            foreach (var cue in claim.Claim.Claim.Cues)
            {
                if (HarmOf(cue) is not { } harm)
                {
                    continue;
                }

                if (kind is not null && kind != harm)
                {
                    return "killed, wounded or captured";
                }

                kind = harm;
            }
        }

        return kind ?? "killed, wounded or captured";
    }

    // The harm an event cue names: "event:verb:captured" → captured.
    private static string? HarmOf(string cue) => cue switch
    {
        "event:verb:captured" or "event:verb:taken prisoner" or "event:noun:prisoners of war" => "captured",
        "event:verb:killed" or "event:verb:died" or "event:noun:dead" or "event:noun:deaths" or "event:verb:kill" or "event:verb:killing" => "killed",
        "event:verb:wounded" or "event:verb:injured" or "event:verb:wounding" or "event:verb:injuring" => "wounded",
        _ when cue.StartsWith("event:", StringComparison.Ordinal) && !cue.StartsWith("event:carried:", StringComparison.Ordinal) => "killed, wounded or captured",
        _ => null,
    };

    private static bool IsLoss(string noun) =>
        noun.EndsWith("killed", StringComparison.Ordinal) || noun.EndsWith("wounded", StringComparison.Ordinal)
        || noun.EndsWith("casualties", StringComparison.Ordinal) || noun.EndsWith("captured", StringComparison.Ordinal)
        || noun.EndsWith("dead", StringComparison.Ordinal) || noun.EndsWith("missing", StringComparison.Ordinal);

    private static string EventNoun(EventType type) => type switch
    {
        EventType.Deploy => "deployment",
        EventType.Train => "training",
        EventType.Combat => "fighting",
        EventType.Casualty => "losses",
        EventType.Supply => "supply",
        EventType.Agreement => "agreement",
        EventType.Warning => "warning",
        EventType.Aid => "aid",
        _ => "event",
    };

    private static string ActorVerb(EventType type, bool future) => (type, future) switch
    {
        (EventType.Deploy, false) => "has deployed forces",
        (EventType.Deploy, true) => "will deploy forces",
        (EventType.Train, _) => future ? "will train forces" : "is training forces",
        (EventType.Combat, _) => future ? "will fight" : "has fought",
        (EventType.Casualty, _) => future ? "will suffer losses" : "has suffered losses",
        (EventType.Supply, _) => future ? "will supply materiel" : "has supplied materiel",
        (EventType.Agreement, _) => future ? "will enter an agreement" : "has entered an agreement",
        (EventType.Warning, _) => future ? "will issue a warning" : "has issued a warning",
        (EventType.Aid, _) => future ? "will provide aid" : "has provided aid",
        _ => future ? "will act as reported" : "acted as reported",
    };
}
