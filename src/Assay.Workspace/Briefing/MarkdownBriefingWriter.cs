using System.Globalization;
using System.Text;
using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Workspace;
using BriefingModel = Assay.Analysis.Briefing.Briefing;

namespace Assay.Workspace.Briefing;

/// <summary>Writes a briefing as Markdown: each sentence followed by links to the claims it rests on, which a closing
/// "Claims cited" section lists with their anchors.</summary>
/// <remarks>Text from articles is escaped for Markdown, and &lt;, &gt; and &amp; become entities, so no article can
/// inject markup or HTML into a renderer.</remarks>
public static class MarkdownBriefingWriter
{
    /// <summary>The briefing as Markdown. <paramref name="chartFile"/> names the SVG file written for a subject, or returns
    /// null when charts are not written (the text then points to the HTML format).</summary>
    /// <exception cref="BriefingLintException">A sentence puts likelihood and confidence together.</exception>
    public static string Write(BriefingModel briefing, Func<SubjectSeries, string?>? chartFile = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        EstimativeLint.Enforce(briefing.Sentences());
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(briefing.Title)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"_As of {IsoDates.Format(briefing.AsOf)}{(briefing.Since is { } s ? $"; changes counted since {IsoDates.Format(s)}" : "")}. Every sentence links to the claims it rests on._");

        if (EstimativeLint.MixedRowsDisclaimer(briefing.Sentences()) is { } disclaimer)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"_{Escape(disclaimer)}_");
        }

        md.AppendLine().AppendLine("## Key judgments").AppendLine();
        if (briefing.KeyJudgments.Count == 0)
        {
            md.AppendLine("_No proposition has an origin to judge._");
        }

        var n = 0;
        foreach (var j in briefing.KeyJudgments)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{++n}. {Sentence(j.Judgment)}");
            md.AppendLine(CultureInfo.InvariantCulture, $"   {Sentence(j.ConfidenceStatement)}");
            foreach (var note in j.Notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"   {Sentence(note)}");
            }
        }

        if (briefing.Resolved.Count > 0)
        {
            md.AppendLine().AppendLine("### Resolved").AppendLine();
            List(md, briefing.Resolved);
        }

        md.AppendLine().AppendLine("## Estimative key").AppendLine();
        md.AppendLine("| likelihood term | also written | range |").AppendLine("| --- | --- | --- |");
        foreach (var band in briefing.Bands)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {band.Term} | {string.Join(", ", band.Synonyms)} | {band.Range} |");
        }

        md.AppendLine().AppendLine("| confidence | meaning |").AppendLine("| --- | --- |");
        foreach (var level in briefing.ConfidenceLevels)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {level.Word} | {Escape(level.Description)} |");
        }

        md.AppendLine().AppendLine("## Sourcing").AppendLine();
        n = 0;
        foreach (var row in briefing.Sourcing)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### Judgment {++n} ({Escape(row.PropositionId)}){(row.SingleSource ? ": single source" : "")}").AppendLine();
            List(md, row.Sentences);
            md.AppendLine().AppendLine("| origin | grade | reliability | type | mentions |").AppendLine("| --- | --- | --- | --- | ---: |");
            foreach (var o in row.Origins)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(o.Origin.Name)} | {o.Grade ?? "ungraded"} | {o.Reliability:0.00} | {o.Origin.Type.ToString().ToLowerInvariant()} | {o.Mentions} |");
            }

            md.AppendLine();
        }

        md.AppendLine("## Estimates").AppendLine();
        foreach (var e in briefing.Estimates)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {Escape(e.Series.Describe())}").AppendLine();
            List(md, e.Sentences);
            md.AppendLine();
            md.AppendLine(chartFile?.Invoke(e.Series) is { } file
                ? $"![Figures for {Escape(e.Series.Describe())} over time, by origin, with the pooled range]({Uri.EscapeDataString(file)})"
                : "_The chart of these figures is drawn in the HTML briefing (`assay brief --format html`) or beside the file with `--out FILE.md`._");
            md.AppendLine();
        }

        Section(md, "Contradictions and retractions", briefing.Contradictions, "No contradiction or retraction among the claims.");
        if (briefing.Since is { } since)
        {
            Section(md, $"What changed since {IsoDates.Format(since)}", briefing.Changes, null);
        }

        Section(md, "Gaps", briefing.Gaps, "No gap found by the checks Assay runs.");
        md.AppendLine("## Alternatives considered").AppendLine();
        if (briefing.Alternatives.Count == 0)
        {
            md.AppendLine("_No ACH matrix was given._").AppendLine();
        }

        foreach (var a in briefing.Alternatives)
        {
            List(md, a.Sentences);
            md.AppendLine();
        }

        md.AppendLine("## Claims cited").AppendLine();
        foreach (var c in briefing.Cited)
        {
            var meta = string.Join(" · ", new[] { c.Outlet ?? "unknown outlet", IsoDates.Format(c.Published), c.Source }.Where(x => x.Length > 0).Select(Escape));
            md.AppendLine(CultureInfo.InvariantCulture, $"- <a id=\"{BriefingAnchors.Claim(c.Ref)}\"></a>**{c.Ref}** · {meta}: {(c.Text.Length == 0 ? "_not in the current picture_" : "“" + Escape(c.Text) + "”")}");
        }

        return md.ToString();
    }

    /// <summary>Text escaped for Markdown and for the HTML a renderer lets through; line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    private static string Sentence(BriefingSentence s) =>
        s.Structural ? $"_{Escape(s.Text)}_" : Escape(s.Text) + " " + string.Join(" ", s.Refs.Select(Link));

    private static string Link(ClaimRef r) => $"[{r}](#{BriefingAnchors.Claim(r)})";

    private static void List(StringBuilder md, IEnumerable<BriefingSentence> sentences)
    {
        foreach (var s in sentences)
        {
            md.Append("- ").AppendLine(Sentence(s));
        }
    }

    private static void Section(StringBuilder md, string title, IReadOnlyList<BriefingSentence> sentences, string? empty)
    {
        md.Append("## ").AppendLine(title).AppendLine();
        if (sentences.Count == 0 && empty is not null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"_{empty}_");
        }

        List(md, sentences);
        md.AppendLine();
    }
}
