using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>Builds a briefing from the story picture, the estimate series and the track records (docs/briefing.md).</summary>
public static class BriefingBuilder
{
    /// <summary>The briefing for the input; pure, and the same input gives the same briefing.</summary>
    public static Briefing Build(BriefingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new BriefingContext(input);
        var ranked = context.Picture.Propositions
            .Where(p => !context.Resolutions.ContainsKey(p.Id) && !IsNoise(p) && p.Origins.Count > 0)
            .OrderByDescending(p => p.Origins.Count)
            .ThenByDescending(p => p.EffectiveSources);
        var (judged, folded) = JudgmentMerger.Select(ranked, input.Options.MaxJudgments);
        var judgments = judged.Select(p => Judge(p, context)).Select(j => Covering(j, folded)).ToList();
        var estimates = BriefingSections.Estimates(context);
        var briefing = new Briefing
        {
            Title = input.Options.Title,
            AsOf = input.AsOf,
            Since = input.Since,
            KeyJudgments = judgments,
            Resolved = BriefingSections.Resolved(context),
            Sourcing = [.. judged.Zip(judgments, (p, j) => Sourcing(p, j, context))],
            Estimates = estimates,
            Contradictions = BriefingSections.Contradictions(context),
            Changes = input.Since is { } since ? BriefingSections.Changes(context, since) : [],
            Gaps = BriefingSections.Gaps(context, judged.Zip(judgments).ToList(), estimates),
            Alternatives = [.. input.Alternatives.Select(BriefingSections.Alternatives)],
            Cited = [],
        };
        return briefing with { Cited = context.Cite(briefing.Sentences()) };
    }

    /// <summary>The judgment with a note for each near-duplicate folded into it, citing that proposition's reports.</summary>
    private static KeyJudgment Covering(KeyJudgment j, Dictionary<string, List<Proposition>> folded)
    {
        if (!folded.TryGetValue(j.PropositionId, out var parts))
        {
            return j;
        }

        var notes = parts.Select(f => new BriefingSentence(
            $"This judgment also stands for proposition {f.Id}, that {BriefingWords.Clause(f)}: " +
            "its reports say the same more narrowly, so they are counted here and it is not stated again.",
            Refs(f.Supporting)));
        return j with { Notes = [.. j.Notes, .. notes] };
    }

    /// <summary>Too little to judge: no subject to name and no figure.</summary>
    internal static bool IsNoise(Proposition p) => p.Subject.Key.Length == 0 && p.Figure is null;

    /// <summary>Low, moderate or high: high needs three independent origins of mean reliability 0.7 or more, uncontested
    /// and not resting on a refuted report; moderate needs two origins, or one graded A or B.</summary>
    internal static ConfidenceLevel ConfidenceOf(IReadOnlyList<SourcingOrigin> origins, Proposition p)
    {
        var mean = origins.Count == 0 ? 0 : origins.Average(o => o.Reliability);
        if (origins.Count >= 3 && mean >= 0.7 && !p.Contested && !p.Refuted && !p.RestsOnRefuted)
        {
            return ConfidenceLevels.High;
        }

        var topGraded = origins.Any(o => o.Grade is { Length: > 0 } g && g[0] is 'A' or 'B');
        return origins.Count >= 2 || topGraded ? ConfidenceLevels.Moderate : ConfidenceLevels.Low;
    }

    private static KeyJudgment Judge(Proposition p, BriefingContext context)
    {
        var options = context.Options;
        var credibility = context.Credibility?.Invoke(p);
        var origins = context.OriginsOf(p, credibility);
        var stating = origins.Select(o => o.Origin.Id).ToHashSet(StringComparer.Ordinal);
        var refuters = context.RefutersOf(p);

        // Against it: the origins that deny or refute it, then those that showed false the report it rests on, whose
        // finding bears on everything that report told. A denial keeps its full weight: the words that lower its
        // certainty ("so-called", "could find no evidence") belong to the denial, they do not hedge it.
        var contradicting = p.Contradicting.Concat(refuters)
            .Select(c => c.Origin)
            .Where(o => !stating.Contains(o.Id))
            .DistinctBy(o => o.Id, StringComparer.Ordinal)
            .ToList();
        var commitment = Commitments(p.Supporting);
        var witness = WitnessModel.Probability(
            origins.Select(o => WitnessModel.Discounted(o.Reliability, commitment.GetValueOrDefault(o.Origin.Id, 1))),
            contradicting.Select(context.ReliabilityOf),
            options.GuessRate,
            Independence(p, origins.Count));
        var (raw, figureNote) = HeldToFigures(p, witness, context);
        var band = EstimativeLanguage.BandOf(raw);
        var probability = band.ClampToDisplay(raw);
        var supporting = Refs(p.Supporting);
        var clause = BriefingWords.Clause(p);
        var judgment = new BriefingSentence($"It is {band.Bracketed} that {clause}.", supporting);
        var confidence = ConfidenceOf(origins, p);
        var hedged = origins.Where(o => commitment.GetValueOrDefault(o.Origin.Id, 1) < 1).ToList();
        var notes = Notes(p, supporting, refuters, hedged, origins.Count);
        return new KeyJudgment(
            p.Id,
            judgment,
            band,
            probability,
            confidence,
            ConfidenceStatement(p, origins, contradicting, refuters, confidence),
            origins,
            contradicting,
            p.Mentions,
            p.Outlets,
            origins.Count == 1,
            credibility,
            figureNote is null ? notes : [figureNote, .. notes]);
    }

    /// <summary>Per origin, how far its firmest claim commits it to the statement (<see cref="WitnessModel.Commitment"/>).</summary>
    internal static Dictionary<string, double> Commitments(IEnumerable<PropositionClaim> claims) =>
        claims.GroupBy(c => c.Origin.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(c => WitnessModel.Commitment(c.Claim.Claim)), StringComparer.Ordinal);

    /// <summary>A judgment that states a figure is no more probable than the figure itself. The witness model weighs
    /// only the origins that give this figure; origins giving other figures for the same subject, scope and status are
    /// evidence against the range. So the probability is held to the share of the pooled weight (reliability ×
    /// independence × recency, TRADECRAFT §5) carried by current figures that meet the range, widened by the rounding
    /// tolerance, when that share is lower; a note says so and cites the figures outside it.</summary>
    internal static (double Probability, BriefingSentence? Note) HeldToFigures(Proposition p, double witness, BriefingContext context)
    {
        if (p.Figure is not { } figure || context.FigureGroup(p) is not var (series, group))
        {
            return (witness, null);
        }

        var widen = 1 + context.Options.FigureTolerance;
        var low = figure.Low / widen;
        var high = figure.High * widen;
        if (group.ShareWithin(low, high) is not { } share || share >= witness)
        {
            return (witness, null);
        }

        static (string, DateOnly, double?, double?) Of(EstimatePoint e) => (e.OriginId, e.AsOf, e.Low, e.High);
        // The heaviest figures outside the range are cited first: they are what holds the judgment down.
        var outside = group.Estimates
            .Where(e => e.Weight > 0 && !PooledEstimate.Meets(e.Point, low, high))
            .OrderByDescending(e => e.Weight)
            .Select(e => e.Point)
            .ToList();
        var claimsOf = series.Points.Where(sp => LikeKey.Of(sp.Point) == group.Key)
            .GroupBy(sp => Of(sp.Point))
            .ToDictionary(g => g.Key, g => g.SelectMany(sp => sp.Claims).Order().First());
        var refs = outside.Select(Of).Where(claimsOf.ContainsKey).Select(k => claimsOf[k]).Distinct().Take(6).Order().ToList();
        var others = outside.Select(e => e.OriginId).Distinct(StringComparer.Ordinal).Count();
        var percent = Math.Round(share * 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = BriefingWords.Figure(low is { } l ? Math.Round(l) : null, high is { } h ? Math.Round(h) : null);
        var note = new BriefingSentence(
            $"{BriefingWords.Count(others, "origin gives", "origins give")} other current figures for {series.Describe()}: " +
            $"weighted by reliability, independence and recency, the figures that meet {range} carry {percent}% of the pooled weight, " +
            "and the judgment is held to that share.",
            refs.Count > 0 ? refs : [.. Refs(p.Supporting).Take(1)]);
        return (share, note);
    }

    /// <summary>n_eff / n for the proposition's supporting origins, in (0, 1]: 1 when they are fully independent.</summary>
    internal static double Independence(Proposition p, int origins) =>
        origins == 0 ? 1 : Math.Clamp(p.EffectiveSources / origins, 1.0 / origins, 1);

    private const string RefutedCaveat = "; part of it rests on a report that was refuted";

    private static BriefingSentence ConfidenceStatement(
        Proposition p, List<SourcingOrigin> origins, List<Origin> contradicting, IReadOnlyList<PropositionClaim> refuters, ConfidenceLevel level)
    {
        var basis = $"{BriefingWords.Count(origins.Count, "independent origin", "independent origins")} among " +
                    $"{BriefingWords.Count(p.Mentions, "mention", "mentions")} in {BriefingWords.Count(p.Outlets, "outlet", "outlets")}";
        var named = $" ({string.Join("; ", origins.Take(4).Select(o => $"{o.Origin.Name}, {o.GradeWords}"))}{(origins.Count > 4 ? "; and others" : "")})";
        var against = "";
        var own = contradicting.Where(o => p.Contradicting.Any(c => c.Origin.Id == o.Id)).ToList();
        if (own.Count > 0)
        {
            var refuted = p.Contradicting.Any(c => c.Claim.Claim.Stance == Stance.Refuted);
            var names = BriefingWords.List([.. own.Select(o => o.Name)], 3);
            against = refuted ? $", and {names} showed it false" : own.Count == 1 ? $", and {names} denies it" : $", and {names} deny it";
        }

        var showedReport = refuters.Select(c => c.Origin.Name).Distinct(StringComparer.Ordinal).ToList();
        var caveat = !p.RestsOnRefuted ? ""
            : showedReport.Count > 0 ? $"; part of it rests on a report that {BriefingWords.List(showedReport, 3)} showed false"
            : RefutedCaveat;
        var refs = origins.Take(4).SelectMany(o => o.Claims.Take(1))
            .Concat(p.Contradicting.Select(c => c.Claim.Ref))
            .Concat(refuters.Select(c => c.Claim.Ref))
            .Distinct()
            .Order()
            .ToList();
        var text = $"Confidence in this judgment is {level.Word}: it rests on {basis}{named}{against}{caveat}.";

        // A name that reads as a likelihood word ("Probable Cause Media") must not put likelihood beside confidence.
        if (EstimativeLint.HasLikelihood(text))
        {
            var plainCaveat = p.RestsOnRefuted ? RefutedCaveat : "";
            text = $"Confidence in this judgment is {level.Word}: it rests on {basis}, named in the sourcing summary{(own.Count > 0 ? ", and it is disputed" : "")}{plainCaveat}.";
        }

        return new BriefingSentence(text, refs.Count > 0 ? refs : Refs(p.Claims));
    }

    private static List<BriefingSentence> Notes(
        Proposition p, IReadOnlyList<ClaimRef> supporting, IReadOnlyList<PropositionClaim> refuters, List<SourcingOrigin> hedged, int origins)
    {
        var notes = new List<BriefingSentence>();
        if (p.Projection)
        {
            notes.Add(new BriefingSentence("This judgment is about what is expected to happen: the reports behind it speak of the future.", supporting));
        }

        if (hedged.Count > 0)
        {
            var who = hedged.Count == origins
                ? origins == 1 ? "Its one origin puts" : $"All {origins} of its origins put"
                : hedged.Count == 1 ? $"One of its {origins} origins, {hedged[0].Origin.Name}, puts" : $"{hedged.Count} of its {origins} origins put";
            notes.Add(new BriefingSentence(
                $"{who} it only as speculation, a projection or a hedged report, which counts only as far as its words commit.",
                [.. hedged.SelectMany(o => o.Claims).Distinct().Order()]));
        }

        if (p.Refuted)
        {
            var refuting = Refs(p.Contradicting.Where(c => c.Claim.Claim.Stance == Stance.Refuted));
            notes.Add(new BriefingSentence("Reporting has shown this false; it is kept here beside the reports that made it.", refuting.Count > 0 ? refuting : supporting));
        }
        else if (p.RestsOnRefuted)
        {
            var text = "It rests in part on an origin or article whose report on the same subject did not stand up to scrutiny";
            notes.Add(refuters.Count == 0
                ? new BriefingSentence(text + ".", supporting)
                : new BriefingSentence(
                    text + "; the origins that showed that report false weigh against this judgment too.",
                    [.. supporting.Concat(Refs(refuters)).Distinct().Order()]));
        }

        return notes;
    }

    private static SourcingRow Sourcing(Proposition p, KeyJudgment j, BriefingContext context)
    {
        var sentences = new List<BriefingSentence>();
        var clause = BriefingWords.Clause(p);
        var firsts = j.Origins.SelectMany(o => o.Claims.Take(1)).Distinct().Order().ToList();
        sentences.Add(new BriefingSentence(
            $"The judgment that {clause} rests on {BriefingWords.Count(j.Origins.Count, "independent origin", "independent origins")} " +
            $"against {BriefingWords.Count(j.Mentions, "mention", "mentions")} in {BriefingWords.Count(j.Outlets, "outlet", "outlets")}: " +
            string.Join("; ", j.Origins.Select(o => $"{o.Origin.Name} ({o.GradeWords}, reliability {BriefingWords.Reliability(o.Reliability)}, {TypeWords(o.Origin)})")) + ".",
            firsts));
        if (j.SingleSource)
        {
            sentences.Add(new BriefingSentence($"It rests on one origin, {j.Origins[0].Origin.Name}: no independent report corroborates it.", j.Origins[0].Claims));
        }

        var loudest = j.Origins.OrderByDescending(o => o.Mentions).FirstOrDefault();
        if (loudest is not null && loudest.Mentions >= context.Options.CircularMentions && loudest.Mentions * 2 >= j.Mentions)
        {
            sentences.Add(new BriefingSentence(
                $"{loudest.Mentions} of {j.Mentions} mentions trace to {loudest.Origin.Name}: repeats of one origin, not corroboration.",
                loudest.Claims));
        }

        return new SourcingRow(p.Id, j.Origins, j.Mentions, j.Outlets, j.SingleSource, sentences);
    }

    private static string TypeWords(Origin o) => o.Type.ToString().ToLowerInvariant();

    /// <summary>The distinct claim references, in store order.</summary>
    internal static List<ClaimRef> Refs(IEnumerable<PropositionClaim> claims) => [.. claims.Select(c => c.Claim.Ref).Distinct().Order()];
}
