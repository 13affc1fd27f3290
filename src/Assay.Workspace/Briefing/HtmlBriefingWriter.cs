using System.Globalization;
using System.Net;
using System.Text;
using Assay.Analysis.Briefing;
using Assay.Analysis.Story;
using Assay.Workspace;
using BriefingModel = Assay.Analysis.Briefing.Briefing;

namespace Assay.Workspace.Briefing;

/// <summary>Writes a briefing as one self-contained HTML5 page: inline style, each chart as inline SVG, no script and no
/// external URL, every text HTML-encoded (article text is hostile input).</summary>
public static class HtmlBriefingWriter
{
    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #1a1a1a; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
        h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #d0d4da; }
        h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
        p, li { margin: .35rem 0; }
        .meta, .structural { color: #4a4f57; font-style: italic; }
        .judgment { font-weight: 600; }
        .confidence { margin-left: 1rem; }
        .note { margin-left: 1rem; color: #5c3b00; }
        .refs a { font-size: .82em; color: #0b4f9c; text-decoration: none; border: 1px solid #c5d4ea; border-radius: 3px; padding: 0 .25em; margin-left: .2em; white-space: nowrap; }
        .refs a:hover, .refs a:focus { background: #e8f0fb; outline: 2px solid #0b4f9c; }
        table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .94rem; }
        th, td { border: 1px solid #d0d4da; padding: .3rem .55rem; text-align: left; vertical-align: top; }
        th { background: #f1f3f6; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .flag { color: #8a1c1c; font-weight: 600; }
        figure { margin: 1rem 0 1.6rem; }
        figure svg { width: 100%; height: auto; border: 1px solid #e1e4e8; }
        figcaption { font-size: .9rem; color: #4a4f57; margin-top: .3rem; }
        ol.claims li { margin: .55rem 0; }
        ol.claims li:target { background: #fff6d6; }
        blockquote { margin: .2rem 0 0 1rem; padding-left: .6rem; border-left: 3px solid #d0d4da; color: #2b2f35; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          figure, tr, li { break-inside: avoid; }
          .refs a { border: none; color: #000; }
        }
        """;

    /// <summary>The briefing as an HTML document.</summary>
    /// <exception cref="BriefingLintException">A sentence puts likelihood and confidence together.</exception>
    public static string Write(BriefingModel briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        EstimativeLint.Enforce(briefing.Sentences());
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\">").AppendLine("<head>").AppendLine("<meta charset=\"utf-8\">");
        h.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.AppendLine(CultureInfo.InvariantCulture, $"<title>{E(briefing.Title)}</title>");
        h.Append("<style>").Append(Style).AppendLine("</style>").AppendLine("</head>").AppendLine("<body>").AppendLine("<main>");
        h.AppendLine(CultureInfo.InvariantCulture, $"<h1>{E(briefing.Title)}</h1>");
        h.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"meta\">As of {IsoDates.Format(briefing.AsOf)}{(briefing.Since is { } s ? $"; changes counted since {IsoDates.Format(s)}" : "")}. Every sentence links to the claims it rests on.</p>");

        if (EstimativeLint.MixedRowsDisclaimer(briefing.Sentences()) is { } disclaimer)
        {
            h.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"meta\">{E(disclaimer)}</p>");
        }

        h.AppendLine("<section id=\"key-judgments\">").AppendLine("<h2>Key judgments</h2>");
        if (briefing.KeyJudgments.Count == 0)
        {
            h.AppendLine("<p class=\"structural\">No proposition has an origin to judge.</p>");
        }

        h.AppendLine("<ol>");
        foreach (var j in briefing.KeyJudgments)
        {
            h.Append("<li>").Append(P(j.Judgment, "judgment")).Append(P(j.ConfidenceStatement, "confidence"));
            foreach (var note in j.Notes)
            {
                h.Append(P(note, "note"));
            }

            h.AppendLine("</li>");
        }

        h.AppendLine("</ol>");
        if (briefing.Resolved.Count > 0)
        {
            h.AppendLine("<h3>Resolved</h3>");
            Ul(h, briefing.Resolved);
        }

        h.AppendLine("</section>");
        Key(h, briefing);
        Sourcing(h, briefing);
        h.AppendLine("<section id=\"estimates\">").AppendLine("<h2>Estimates</h2>");
        var chart = 0;
        foreach (var e in briefing.Estimates)
        {
            h.AppendLine(CultureInfo.InvariantCulture, $"<h3>{E(e.Series.Describe())}</h3>");
            Ul(h, e.Sentences);
            h.AppendLine("<figure>");
            h.AppendLine(BriefingSvg.Inline(e.Series, "chart" + (++chart).ToString(CultureInfo.InvariantCulture)));
            h.AppendLine(CultureInfo.InvariantCulture, $"<figcaption>Figures for {E(e.Series.Describe())} by date and origin: ranges as bars, open bounds dashed, figures resting on a refuted report hollow; the shaded band is the pooled 80% interval.</figcaption>");
            h.AppendLine("</figure>");
        }

        h.AppendLine("</section>");
        Section(h, "contradictions", "Contradictions and retractions", briefing.Contradictions, "No contradiction or retraction among the claims.");
        if (briefing.Since is { } since)
        {
            Section(h, "changes", $"What changed since {IsoDates.Format(since)}", briefing.Changes, null);
        }

        Section(h, "gaps", "Gaps", briefing.Gaps, "No gap found by the checks Assay runs.");
        Section(h, "alternatives", "Alternatives considered", [.. briefing.Alternatives.SelectMany(a => a.Sentences)], "No ACH matrix was given.");
        h.AppendLine("<section id=\"claims\">").AppendLine("<h2>Claims cited</h2>").AppendLine("<ol class=\"claims\">");
        foreach (var c in briefing.Cited)
        {
            var meta = string.Join(" · ", new[] { c.Outlet ?? "unknown outlet", IsoDates.Format(c.Published), c.Source }.Where(x => x.Length > 0).Select(E));
            var quote = c.Text.Length == 0 ? "<p class=\"structural\">Not in the current picture.</p>" : $"<blockquote>{E(c.Text)}</blockquote>";
            h.AppendLine(CultureInfo.InvariantCulture, $"<li id=\"{BriefingAnchors.Claim(c.Ref)}\"><b>{E(c.Ref.ToString())}</b> · {meta}{quote}</li>");
        }

        h.AppendLine("</ol>").AppendLine("</section>").AppendLine("</main>").AppendLine("</body>").AppendLine("</html>");
        return h.ToString();
    }

    private static void Key(StringBuilder h, BriefingModel briefing)
    {
        h.AppendLine("<section id=\"estimative-key\">").AppendLine("<h2>Estimative key</h2>");
        h.AppendLine("<table><thead><tr><th scope=\"col\">likelihood term</th><th scope=\"col\">also written</th><th scope=\"col\">range</th></tr></thead><tbody>");
        foreach (var b in briefing.Bands)
        {
            h.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{E(b.Term)}</td><td>{E(string.Join(", ", b.Synonyms))}</td><td class=\"num\">{E(b.Range)}</td></tr>");
        }

        h.AppendLine("</tbody></table>");
        h.AppendLine("<table><thead><tr><th scope=\"col\">confidence</th><th scope=\"col\">meaning</th></tr></thead><tbody>");
        foreach (var l in briefing.ConfidenceLevels)
        {
            h.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{E(l.Word)}</td><td>{E(l.Description)}</td></tr>");
        }

        h.AppendLine("</tbody></table>").AppendLine("</section>");
    }

    private static void Sourcing(StringBuilder h, BriefingModel briefing)
    {
        h.AppendLine("<section id=\"sourcing\">").AppendLine("<h2>Sourcing</h2>");
        var n = 0;
        foreach (var row in briefing.Sourcing)
        {
            h.AppendLine(CultureInfo.InvariantCulture, $"<h3>Judgment {++n} ({E(row.PropositionId)}){(row.SingleSource ? " <span class=\"flag\">single source</span>" : "")}</h3>");
            Ul(h, row.Sentences);
            h.AppendLine("<table><thead><tr><th scope=\"col\">origin</th><th scope=\"col\">grade</th><th scope=\"col\">reliability</th><th scope=\"col\">type</th><th scope=\"col\">mentions</th></tr></thead><tbody>");
            foreach (var o in row.Origins)
            {
                h.AppendLine(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(o.Origin.Name)}</td><td>{E(o.Grade ?? "ungraded")}</td><td class=\"num\">{o.Reliability:0.00}</td><td>{E(o.Origin.Type.ToString().ToLowerInvariant())}</td><td class=\"num\">{o.Mentions}</td></tr>");
            }

            h.AppendLine("</tbody></table>");
        }

        h.AppendLine("</section>");
    }

    private static void Section(StringBuilder h, string id, string title, IReadOnlyList<BriefingSentence> sentences, string? empty)
    {
        h.AppendLine(CultureInfo.InvariantCulture, $"<section id=\"{id}\">").AppendLine(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2>");
        if (sentences.Count == 0 && empty is not null)
        {
            h.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"structural\">{E(empty)}</p>");
        }

        Ul(h, sentences);
        h.AppendLine("</section>");
    }

    private static void Ul(StringBuilder h, IEnumerable<BriefingSentence> sentences)
    {
        var list = sentences.ToList();
        if (list.Count == 0)
        {
            return;
        }

        h.AppendLine("<ul>");
        foreach (var s in list)
        {
            h.Append("<li>").Append(Inline(s)).AppendLine("</li>");
        }

        h.AppendLine("</ul>");
    }

    private static string P(BriefingSentence s, string css) => $"<p class=\"{css}\">{Inline(s)}</p>";

    private static string Inline(BriefingSentence s) =>
        s.Structural
            ? $"<span class=\"structural\">{E(s.Text)}</span>"
            : E(s.Text) + " <span class=\"refs\">" + string.Join(" ", s.Refs.Select(Link)) + "</span>";

    private static string Link(ClaimRef r) => $"<a href=\"#{BriefingAnchors.Claim(r)}\">{E(r.ToString())}</a>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
