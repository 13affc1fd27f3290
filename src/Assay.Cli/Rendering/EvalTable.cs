using System.Globalization;
using Assay.Cli.Commands;
using Assay.Extraction.Evaluation;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>The score table of <c>assay eval</c>: one row per field with P, R, F1, counts and its F1 target.</summary>
internal static class EvalTable
{
    /// <summary>Builds the table for the corpus totals.</summary>
    public static Table Build(CorpusEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("field");
        foreach (var name in (string[])["P", "R", "F1", "TP", "FP", "FN", "target"])
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        table.AddColumn("pass");
        foreach (var field in Enum.GetValues<EvalField>())
        {
            var score = evaluation.Total[field];
            var target = evaluation.Targets.FirstOrDefault(t => t.Target.Field == field && t.Target.Metric == TargetMetric.F1);
            table.AddRow(
                EnumNames.Of(field),
                Ratio(score.Precision),
                Ratio(score.Recall),
                Ratio(score.F1),
                Count(score.TruePositives),
                Count(score.FalsePositives),
                Count(score.FalseNegatives),
                target is null ? string.Empty : Ratio(target.Target.Minimum),
                target is null ? string.Empty : Verdict(target.Met));
        }

        return table;
    }

    /// <summary>"0.953".</summary>
    public static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"12".</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Green "pass" or red "fail" markup.</summary>
    public static string Verdict(bool met) => met ? "[green]pass[/]" : "[red]fail[/]";
}
