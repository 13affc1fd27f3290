using System.Globalization;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>The sections after the key judgments: estimates, resolutions, contradictions, changes, gaps, alternatives.</summary>
internal static class BriefingSections
{
    public static List<BriefingEstimate> Estimates(BriefingContext context) =>
    [
        .. context.Input.Series
            .Where(s => s.Points.Count > 0)
            .OrderByDescending(s => s.ClaimCount)
            .Take(context.Options.MaxSubjects)
            .Select(s => new BriefingEstimate(s, [Range(s), .. Revisions(s.Points.Select(p => (s, p)), context.Options.MaxRevisions)])),
    ];

    /// <summary>The largest assessment group with a pooled range (most estimates, then most weight), else any pooled group.</summary>
    public static PooledEstimate? MainGroup(SubjectSeries series) =>
        series.Pool.Groups
            .Where(g => g.LinearPool is not null)
            .OrderByDescending(g => g.Key.Status == EstimateStatus.Assessment)
            .ThenByDescending(g => g.Estimates.Count)
            .ThenByDescending(g => g.TotalWeight)
            .FirstOrDefault();

    public static List<BriefingSentence> Resolved(BriefingContext context) =>
        [.. context.Resolutions.OrderByDescending(r => r.Value.At).Select(r => Resolution(context, r.Key, r.Value))];

    public static List<BriefingSentence> Contradictions(BriefingContext context)
    {
        var max = context.Options.MaxItems;
        var sentences = new List<BriefingSentence>();
        foreach (var p in context.Picture.Propositions.Where(p => !p.Refuted && p.Contradicting.Any(c => c.Claim.Claim.Stance == Stance.Denied)).Take(max))
        {
            var deniers = p.Contradicting.Where(c => c.Claim.Claim.Stance == Stance.Denied).ToList();
            var distinct = deniers.Select(c => c.Origin.Name).Distinct(StringComparer.Ordinal).ToList();
            var names = BriefingWords.List(distinct, 3);
            var verb = distinct.Count == 1 && !names.Contains(" and ", StringComparison.Ordinal) ? "denies" : "deny";
            var stated = p.Origins.Count == 0 ? "" : $", which {BriefingWords.Count(p.Origins.Count, "origin states", "origins state")}";
            sentences.Add(new BriefingSentence(
                $"{names} {verb} that {BriefingWords.Clause(p)}{stated}.",
                [.. BriefingBuilder.Refs(deniers).Concat(BriefingBuilder.Refs(p.Supporting).Take(1)).Distinct()]));
        }

        foreach (var c in context.Picture.Contradictions.Where(c => c.Kind == ContradictionKind.Figures).Take(max))
        {
            sentences.Add(new BriefingSentence($"Figures disagree ({c.Claim} against {c.OtherClaim}): {c.Reason}.", [c.Claim, c.OtherClaim]));
        }

        foreach (var p in context.Picture.Propositions.Where(p => p.Refuted).Take(max))
        {
            var refuting = p.Contradicting.Where(c => c.Claim.Claim.Stance == Stance.Refuted).ToList();
            var by = refuting.Count == 0 ? "" : $": {BriefingWords.List([.. refuting.Select(c => c.Origin.Name).Distinct(StringComparer.Ordinal)], 3)} showed it false";
            sentences.Add(new BriefingSentence(
                $"The report that {BriefingWords.Clause(p)} did not stand up to scrutiny{by}.",
                [.. BriefingBuilder.Refs(refuting).Concat(BriefingBuilder.Refs(p.Supporting).Take(1)).Distinct()]));
        }

        foreach (var p in context.Picture.Propositions.Where(p => !p.Refuted && p.RestsOnRefuted).Take(max))
        {
            sentences.Add(new BriefingSentence(
                $"That {BriefingWords.Clause(p)} rests on an origin or article whose report on the same subject did not stand up to scrutiny.",
                BriefingBuilder.Refs(p.Supporting)));
        }

        foreach (var (id, resolution) in context.Resolutions.Where(r => r.Value.Outcome == ResolutionOutcome.Refuted).OrderByDescending(r => r.Value.At))
        {
            sentences.Add(Resolution(context, id, resolution));
        }

        return sentences;
    }

    public static List<BriefingSentence> Changes(BriefingContext context, DateOnly since)
    {
        var max = context.Options.MaxItems;
        var sentences = new List<BriefingSentence>();
        foreach (var p in context.Picture.Propositions.Where(p => p.FirstSeen is { } d && d >= since && !BriefingBuilder.IsNoise(p) && p.Supporting.Any()).Take(max))
        {
            sentences.Add(new BriefingSentence(
                $"First reported on {BriefingWords.Date(p.FirstSeen!.Value)}: {BriefingWords.Clause(p)} ({BriefingWords.Count(p.Origins.Count, "origin", "origins")}).",
                BriefingBuilder.Refs(p.Supporting)));
        }

        sentences.AddRange(Revisions(context.Input.Series.SelectMany(s => s.Points.Select(p => (s, p))).Where(x => x.p.Point.AsOf > since), max));
        foreach (var (id, resolution) in context.Resolutions.Where(r => DateOnly.FromDateTime(r.Value.At.UtcDateTime) > since).OrderByDescending(r => r.Value.At))
        {
            sentences.Add(Resolution(context, id, resolution));
        }

        return sentences.Count > 0 ? sentences : [BriefingSentence.StructuralText($"Nothing new since {BriefingWords.Date(since)}.")];
    }

    public static List<BriefingSentence> Gaps(BriefingContext context, List<(Proposition P, KeyJudgment J)> judged, IReadOnlyList<BriefingEstimate> estimates)
    {
        var sentences = new List<BriefingSentence>();
        foreach (var (p, j) in judged.Where(x => x.J.SingleSource))
        {
            sentences.Add(new BriefingSentence(
                $"Only {j.Origins[0].Origin.Name} supports the judgment that {BriefingWords.Clause(p)}; a second, independent line of reporting would test it.",
                j.Origins[0].Claims));
        }

        var ungraded = judged.Where(x => x.J.Origins.All(o => o.Grade is null)).ToList();
        if (ungraded.Count > 1 && ungraded.Count == judged.Count)
        {
            // One sentence, not one per judgment: with no grades at all, the gap is the grading itself.
            sentences.Add(new BriefingSentence(
                $"None of the origins behind the {BriefingWords.Count(judged.Count, "key judgment", "key judgments")} has been graded, so each counts at the ungraded prior (reliability {BriefingWords.Reliability(context.Options.UngradedReliability)}).",
                [.. judged.SelectMany(x => x.J.Origins.Take(1).SelectMany(o => o.Claims.Take(1))).Distinct()]));
        }
        else
        {
            foreach (var (p, j) in ungraded)
            {
                sentences.Add(new BriefingSentence(
                    $"None of the {BriefingWords.Count(j.Origins.Count, "origin", "origins")} behind the judgment that {BriefingWords.Clause(p)} has been graded, so each counts at the ungraded prior.",
                    [.. j.Origins.SelectMany(o => o.Claims.Take(1))]));
            }
        }

        foreach (var p in context.Picture.Propositions.Where(p => p.Contested && !p.Refuted && !context.Resolutions.ContainsKey(p.Id) && p.Contradicting.Any()).Take(context.Options.MaxItems))
        {
            sentences.Add(new BriefingSentence(
                $"The dispute over whether {BriefingWords.Clause(p)} is unresolved.",
                [.. BriefingBuilder.Refs(p.Contradicting).Concat(BriefingBuilder.Refs(p.Supporting).Take(1)).Distinct()]));
        }

        foreach (var e in estimates)
        {
            if (MainGroup(e.Series) is { } g && g.RawLow > 0 && g.RawHigh / g.RawLow > context.Options.WideSpread)
            {
                sentences.Add(new BriefingSentence(
                    $"Figures for {e.Series.Describe()} run from {BriefingWords.Number(g.RawLow)} to {BriefingWords.Number(g.RawHigh)}, " +
                    $"{(g.RawHigh / g.RawLow).ToString("0.#", CultureInfo.InvariantCulture)} times apart; a better-sourced count would narrow the range.",
                    GroupRefs(e.Series, g)));
            }
        }

        return sentences;
    }

    public static AlternativesSummary Alternatives(BriefingAlternatives matrix)
    {
        var name = matrix.Title is { Length: > 0 } title ? $"{matrix.Matrix} ({title})" : matrix.Matrix;
        var texts = new List<string>();
        var leader = matrix.Hypotheses.FirstOrDefault(h => h.Id == matrix.Leader);
        texts.Add(leader is null ? $"In {name}, no hypothesis leads." : $"In {name}, {leader.Id} leads: {leader.Text}.");
        if (matrix.Hypotheses.Count > 0)
        {
            texts.Add("Weighted inconsistency scores (the least negative leads): " + string.Join("; ", matrix.Hypotheses.Select(h =>
                $"{h.Id} {BriefingWords.Number(Math.Round(h.Score, 2))}" + (h.Posterior is { } post ? $", posterior {post.ToString("0.00", CultureInfo.InvariantCulture)}" : ""))) + ".");
        }

        if (matrix.MostDiagnostic.Count > 0)
        {
            texts.Add($"The most diagnostic items: {BriefingWords.List(matrix.MostDiagnostic, 5)}.");
        }

        texts.Add(matrix.Flipping.Count > 0
            ? $"Without {BriefingWords.List(matrix.Flipping, 5)}, another hypothesis would lead."
            : "No single item, taken away, would change the leader.");

        // Text from the matrix is not ours: where it would trip the lint, the sentence names the matrix instead.
        return new AlternativesSummary(matrix, [.. texts.Select(t =>
        {
            var text = EstimativeLint.HasConfidence(t) ? $"An entry of {matrix.Matrix} is left out here: its wording mixes estimative terms; see the matrix." : t;
            return matrix.Refs.Count > 0 ? new BriefingSentence(text, matrix.Refs) : BriefingSentence.StructuralText(text + " (No claims are linked to this matrix.)");
        })]);
    }

    private static BriefingSentence Range(SubjectSeries series)
    {
        if (MainGroup(series) is not { LinearPool: { } pool } group)
        {
            return new BriefingSentence(
                $"The figures for {series.Describe()} could not be pooled: every one is excluded or weighs nothing.",
                [.. series.Points.SelectMany(p => p.Claims).Distinct().Order()]);
        }

        var scope = group.Key.Scope.Length == 0 ? "" : $", {group.Estimates[0].Point.Scope}";
        return new BriefingSentence(
            $"For {series.Describe()}, the best-supported range is {BriefingWords.Number(Math.Round(pool.P10))}–{BriefingWords.Number(Math.Round(pool.P90))} " +
            $"(median {BriefingWords.Number(Math.Round(pool.Median))}), pooled from {BriefingWords.Count(group.OriginCount, "origin", "origins")} " +
            $"({Status(group.Key.Status)}{scope}; raw spread {BriefingWords.Number(group.RawLow)}–{BriefingWords.Number(group.RawHigh)}).",
            GroupRefs(series, group));
    }

    private static List<ClaimRef> GroupRefs(SubjectSeries series, PooledEstimate group) =>
        [.. series.Points.Where(p => p.Excluded is null && LikeKey.Of(p.Point) == group.Key).SelectMany(p => p.Claims).Distinct().Order()];

    private static IEnumerable<BriefingSentence> Revisions(IEnumerable<(SubjectSeries Series, SeriesPoint Point)> points, int max) =>
        points
            .Where(x => x.Point.Previous is not null && x.Point.Revision is not (RevisionDirection.First or RevisionDirection.Unchanged))
            .OrderByDescending(x => x.Point.Point.AsOf)
            .ThenBy(x => x.Point.Point.OriginName, StringComparer.Ordinal)
            .Take(max)
            .Select(x =>
            {
                var (series, p) = x;
                return new BriefingSentence(
                    $"On {BriefingWords.Date(p.Point.AsOf)}, {p.Point.OriginName ?? p.Point.OriginId} {Direction(p.Revision)} its figure for {series.Label} " +
                    $"from {BriefingWords.Figure(p.Previous!.Low, p.Previous.High, p.Previous.Qualifier)} to {BriefingWords.Figure(p.Point.Low, p.Point.High, p.Point.Qualifier)}" +
                    (p.Excluded is null ? "." : $" ({p.Excluded})."),
                    p.Claims);
            });

    private static BriefingSentence Resolution(BriefingContext context, string id, Resolution r)
    {
        var p = context.Picture.Propositions.First(x => x.Id == id);
        var verb = r.Outcome == ResolutionOutcome.Confirmed ? "confirmed" : "found false";
        var note = string.IsNullOrWhiteSpace(r.Note) ? "" : $" (note: {r.Note.Trim()})";
        var refs = ClaimRef.TryParse(r.Anchor, out var anchor) ? [anchor.Value] : BriefingBuilder.Refs(p.Claims);
        return new BriefingSentence($"On {BriefingWords.Date(DateOnly.FromDateTime(r.At.UtcDateTime))}, the analyst {verb} that {BriefingWords.Clause(p)}{note}.", refs);
    }

    private static string Direction(RevisionDirection d) => d switch
    {
        RevisionDirection.Up => "revised up",
        RevisionDirection.Down => "revised down",
        RevisionDirection.Widened => "widened",
        RevisionDirection.Narrowed => "narrowed",
        _ => "requalified",
    };

    private static string Status(EstimateStatus status) => status switch
    {
        EstimateStatus.ObservedCount => "observed counts",
        EstimateStatus.Increment => "increments",
        EstimateStatus.Projection => "projections",
        _ => "assessments",
    };
}
