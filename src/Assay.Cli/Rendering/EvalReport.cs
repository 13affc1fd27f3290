using Assay.Extraction.Evaluation;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>The human output of <c>assay eval</c>: score table, accuracy lines, per-story table, then findings.</summary>
internal static class EvalReport
{
    /// <summary>Writes the report, listing at most <paramref name="limit"/> findings.</summary>
    public static void Write(IAnsiConsole console, CorpusEvaluation evaluation, int limit)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(evaluation);
        var total = evaluation.Total;
        console.MarkupLine(Markup.Escape(
            $"{total.Articles} articles, {total.GoldQuantities} gold quantities, {total.PredictedQuantities} predicted, {total.MatchedPairs} matched by span"));
        console.Write(EvalTable.Build(evaluation));
        foreach (var result in evaluation.Targets.Where(t => t.Target.Metric == TargetMetric.Accuracy))
        {
            var accuracy = result.Target.Field == EvalField.Source ? total.SourceAccuracy : total.StanceAccuracy;
            var over = result.Target.Field == EvalField.Source ? "matched pairs not credited to the outlet" : "matched pairs";
            console.MarkupLine(
                $"{Markup.Escape(result.Target.Name)}: {EvalTable.Ratio(accuracy.Value)} ({accuracy.Correct}/{accuracy.Total} {over}), "
                + $"target {EvalTable.Ratio(result.Target.Minimum)} {EvalTable.Verdict(result.Met)}");
        }

        console.WriteLine();
        console.Write(EvalStoryTable.Build(evaluation));
        var findings = evaluation.Findings;
        var shown = Math.Min(limit, findings.Count);
        console.WriteLine();
        console.MarkupLine(shown == findings.Count
            ? $"[bold]Misses, false hits and wrong fields[/] ({findings.Count})"
            : $"[bold]Misses, false hits and wrong fields[/] ({shown} of {findings.Count}; --all lists every one)");

        // Written raw so a long line is never wrapped or cut: one finding per line, for people and for grep.
        var writer = console.Profile.Out.Writer;
        foreach (var finding in findings.Take(shown))
        {
            writer.WriteLine(EvalFindingList.Line(finding));
        }

        writer.Flush();
    }
}
