using System.Globalization;
using Assay.Analysis.Ach;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>An ACH matrix for people: hypotheses across, evidence down, scores under, the leader starred, then what the
/// result hangs on.</summary>
internal static class AchView
{
    /// <summary>Shown in a cell not yet rated.</summary>
    public const string Unrated = "?";

    /// <summary>Writes the matrix, its scores and the sensitivity findings.</summary>
    public static void Write(IAnsiConsole console, AchMatrix matrix, AchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(analysis);
        console.MarkupLine($"[bold]{Markup.Escape(matrix.Title ?? matrix.Name)}[/] [dim]({Markup.Escape(matrix.Name)}, scored: {Mode(analysis.Mode)})[/]");
        if (matrix.Notes is { } notes)
        {
            console.MarkupLine($"[dim]{Markup.Escape(notes)}[/]");
        }

        if (matrix.Hypotheses.Count == 0)
        {
            console.MarkupLine(Markup.Escape($"No hypotheses yet: add one with 'assay ach add-hypothesis {matrix.Name} TEXT'."));
            return;
        }

        var leaders = analysis.Leaders;
        foreach (var h in matrix.Hypotheses)
        {
            var star = leaders.Contains(h.Id) ? " [yellow]★[/]" : "";
            console.MarkupLine($"  [bold]{Markup.Escape(h.Id)}[/]{star} {Markup.Escape(h.Text)}");
        }

        console.Write(Table(matrix, analysis));
        foreach (var line in Findings(matrix, analysis))
        {
            console.MarkupLine(Markup.Escape(line));
        }
    }

    /// <summary>The plain-text findings under the table: leader, sensitivity, items that tell nothing apart, posteriors.</summary>
    public static IEnumerable<string> Findings(AchMatrix matrix, AchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(analysis);
        var leaders = analysis.Leaders;
        yield return leaders.Count == 1
            ? $"Leader ({Mode(analysis.Mode)}): {leaders[0]}: {matrix.FindHypothesis(leaders[0])?.Text}"
            : $"Tie ({Mode(analysis.Mode)}): {string.Join(", ", leaders)}";

        var decisive = analysis.DecisiveItems.ToList();
        var flipping = analysis.FlippingItems.ToList();
        yield return decisive.Count == 0
            ? "Leaving out any one item keeps the leader."
            : $"Leaving out {string.Join(", ", decisive)} changes the leader.";
        yield return flipping.Count == 0
            ? "No single item, read backwards (CC↔II, C↔I), changes the leader."
            : $"If {string.Join(", ", flipping)} were read backwards (CC↔II, C↔I), the leader would change: check {(flipping.Count == 1 ? "it" : "them")} for error or deception.";

        var flat = analysis.Evidence.Where(e => e.Diagnosticity == 0 && matrix.Hypotheses.Count(h => matrix.Rating(e.EvidenceId, h.Id)?.Numeric() is not null) > 1)
            .Select(e => e.EvidenceId).ToList();
        if (flat.Count > 0)
        {
            yield return $"Not diagnostic (rated alike against every hypothesis): {string.Join(", ", flat)}.";
        }

        var unrated = matrix.Evidence.Sum(e => matrix.Hypotheses.Count(h => matrix.Rating(e.Id, h.Id) is null));
        if (unrated > 0)
        {
            yield return $"{unrated.ToString(CultureInfo.InvariantCulture)} cell{(unrated == 1 ? "" : "s")} not yet rated ({Unrated}); scored as NA.";
        }

        if (analysis.Mode == AchScoreMode.Likelihood)
        {
            yield return "Posteriors (uniform prior, one vote per origin): "
                + string.Join(", ", analysis.Hypotheses.Select(h => $"{h.HypothesisId} {Percent(h.Posterior)}"));
            foreach (var group in matrix.Evidence.Where(e => e.OriginId is not null).GroupBy(e => e.OriginId!).Where(g => g.Count() > 1))
            {
                yield return $"  {string.Join(", ", group.Select(e => e.Id))} share the origin {group.Key} and count as one.";
            }
        }
    }

    private static Table Table(AchMatrix matrix, AchAnalysis analysis)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id");
        table.AddColumn("evidence");
        table.AddColumn("type");
        table.AddColumn("cred");
        table.AddColumn("rel");
        table.AddColumn(new TableColumn("diag").RightAligned());
        foreach (var h in matrix.Hypotheses)
        {
            var star = analysis.Leaders.Contains(h.Id) ? " ★" : "";
            table.AddColumn(new TableColumn(Markup.Escape(h.Id + star)).Centered());
        }

        foreach (var (e, score) in matrix.Evidence.Zip(analysis.Evidence))
        {
            string[] head =
            [
                Markup.Escape(e.Id), Markup.Escape(e.Text), Markup.Escape(e.Type), e.Credibility.Format(), e.Relevance.Format(),
                score.Diagnosticity.ToString("0.00", CultureInfo.InvariantCulture),
            ];
            table.AddRow([.. head, .. matrix.Hypotheses.Select(h => Cell(matrix.Rating(e.Id, h.Id)))]);
        }

        var scores = analysis.Hypotheses;
        table.AddEmptyRow();
        table.AddRow([.. Label("inconsistency"), .. scores.Select(s => Score(s.HypothesisId, analysis, AchScoreMode.Inconsistency, s.Inconsistency.ToString(CultureInfo.InvariantCulture)))]);
        table.AddRow([.. Label("weighted"), .. scores.Select(s => Score(s.HypothesisId, analysis, AchScoreMode.Weighted, s.Weighted.ToString("0.00", CultureInfo.InvariantCulture)))]);
        if (analysis.Mode == AchScoreMode.Likelihood)
        {
            table.AddRow([.. Label("posterior"), .. scores.Select(s => Score(s.HypothesisId, analysis, AchScoreMode.Likelihood, Percent(s.Posterior)))]);
        }

        return table;
    }

    private static string[] Label(string name) => ["", $"[bold]{name}[/]", "", "", "", ""];

    private static string Score(string id, AchAnalysis analysis, AchScoreMode mode, string text) =>
        analysis.LeadersUnder(mode).Contains(id) ? $"[bold]{text}[/]" : text;

    private static string Cell(AchRating? rating) => rating switch
    {
        null => $"[yellow]{Unrated}[/]",
        AchRating.CC or AchRating.C => $"[green]{rating.Value.Format()}[/]",
        AchRating.I or AchRating.II => $"[red]{rating.Value.Format()}[/]",
        _ => $"[dim]{rating.Value.Format()}[/]",
    };

    private static string Percent(double p) => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Mode(AchScoreMode mode) => mode switch
    {
        AchScoreMode.Inconsistency => "inconsistency",
        AchScoreMode.Likelihood => "likelihood",
        _ => "weighted inconsistency",
    };
}
