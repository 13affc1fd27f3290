using Assay.Interop.Misp;
using Assay.Workspace;

namespace Assay.Interop.Tables;

/// <summary>The propositions table: one row per proposition of the picture, strongest first, with its marks, the
/// Admiralty code Assay suggests, the briefing's likelihood and the analyst's resolution.</summary>
internal static class PropositionTable
{
    public static IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("id", "Proposition id: \"p\" and its earliest claim (\"p12.c3\")."),
        new("label", "Short readable form (\"deploy · 10,000–12,000 North Korean troops in Russia\")."),
        new("statement", "The sentence of its earliest supporting claim."),
        new("event", "Event type shared by its claims."),
        new("subject_key", "Normalised subject key (\"north-korea troops\"); empty when it has no subject."),
        new("subject", "Readable subject, as the articles spell it (\"North Korean troops\")."),
        new("scope", "Where (\"Russia\"); empty when unstated."),
        new("figure_low", "Lower bound of the figure its supporting claims agree on; empty when open below or no figure."),
        new("figure_high", "Upper bound of that figure; empty when open above or no figure."),
        new("figure_unit", "What the figure counts (the subject); empty when there is no figure."),
        new("origins", "Number of distinct origins of its supporting claims: the corroboration count."),
        new("origin_ids", "Those origins' ids, separated by \"; \" (an array in JSON Lines)."),
        new("effective_sources", "Effective number of independent sources (at most origins): copies and shared wording count less."),
        new("mentions", "Number of claims, repeats included."),
        new("outlets", "Number of distinct outlets that carried any of its claims."),
        new("first_seen", "Earliest as-of date among its claims (yyyy-mm-dd)."),
        new("last_seen", "Latest as-of date among its claims (yyyy-mm-dd)."),
        new("contested", "true when a claim denies or refutes it, or another proposition contradicts it."),
        new("refuted", "true when shown false or withdrawn in the reporting."),
        new("rests_on_refuted", "true when it rests on an origin or article whose report on the same subject was refuted."),
        new("projection", "true when its claims speak of what could or will happen, not of what is."),
        new("reliability", "Best Admiralty letter the analyst gave an origin stating it (A–G); empty when none is graded."),
        new("credibility", "Admiralty credibility digit Assay suggests (1 confirmed … 6 cannot be judged)."),
        new("likelihood", "The briefing's ICD 203 likelihood term (\"likely\"); empty when resolved, without subject or figure, or without origin."),
        new("confidence", "The briefing's confidence in that judgment: low, moderate or high; empty when there is no likelihood."),
        new("resolution", "The analyst's resolution in force: confirmed or refuted; empty when unresolved."),
        new("resolved_value", "The true figure the analyst gave with the resolution; empty when none."),
    ];

    public static IEnumerable<object?[]> Rows(InteropSnapshot snapshot)
    {
        var judgments = new MispJudgments(snapshot);
        foreach (var p in snapshot.Picture.Propositions)
        {
            var judgment = judgments.Judgment(p);
            var resolution = judgments.Resolution(p);
            yield return
            [
                p.Id, p.Label, p.Statement, EnumNames.Of(p.Event), TableCells.Text(p.Subject.Key), TableCells.Text(p.Subject.Label),
                TableCells.Text(p.Subject.ScopeLabel), p.Figure?.Low, p.Figure?.High, p.Figure is null ? null : TableCells.Text(p.Subject.Label),
                p.Origins.Count, p.Origins.Select(o => o.Id).ToArray(), Math.Round(p.EffectiveSources, 3), p.Mentions, p.Outlets,
                TableCells.Text(IsoDates.Format(p.FirstSeen)), TableCells.Text(IsoDates.Format(p.LastSeen)),
                p.Contested, p.Refuted, p.RestsOnRefuted, p.Projection,
                judgments.Reliability(p)?.ToString(), judgments.Credibility(p).Digit,
                judgment?.Band.Term, judgment?.Confidence.Word,
                resolution is null ? null : EnumNames.Of(resolution.Outcome), resolution?.Value,
            ];
        }
    }
}
