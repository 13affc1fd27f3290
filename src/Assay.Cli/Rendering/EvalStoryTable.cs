using Assay.Cli.Commands;
using Assay.Extraction.Evaluation;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>F1 per field and the two accuracies, one row per story folder.</summary>
internal static class EvalStoryTable
{
    /// <summary>Builds the table.</summary>
    public static Table Build(CorpusEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var table = new Table().Border(TableBorder.Rounded).Title("F1 by story");
        table.AddColumn("story");
        table.AddColumn(new TableColumn("articles").RightAligned());
        table.AddColumn(new TableColumn("gold").RightAligned());
        table.AddColumn(new TableColumn("predicted").RightAligned());
        foreach (var field in Enum.GetValues<EvalField>())
        {
            table.AddColumn(new TableColumn(EnumNames.Of(field)).RightAligned());
        }

        table.AddColumn(new TableColumn("source acc").RightAligned());
        table.AddColumn(new TableColumn("stance acc").RightAligned());
        foreach (var (story, sheet) in evaluation.Stories)
        {
            var cells = new List<string>
            {
                Markup.Escape(story),
                EvalTable.Count(sheet.Articles),
                EvalTable.Count(sheet.GoldQuantities),
                EvalTable.Count(sheet.PredictedQuantities),
            };
            cells.AddRange(Enum.GetValues<EvalField>().Select(f => EvalTable.Ratio(sheet[f].F1)));
            cells.Add(EvalTable.Ratio(sheet.SourceAccuracy.Value));
            cells.Add(EvalTable.Ratio(sheet.StanceAccuracy.Value));
            table.AddRow([.. cells]);
        }

        return table;
    }
}
