using System.Globalization;
using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Workspace.Ach;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>The ACH matrices in the store, one row each.</summary>
internal static class AchListTable
{
    /// <summary>Builds the table.</summary>
    public static Table Build(IReadOnlyList<AchState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("name");
        table.AddColumn("title");
        table.AddColumn(new TableColumn("hypotheses").RightAligned());
        table.AddColumn(new TableColumn("evidence").RightAligned());
        table.AddColumn(new TableColumn("rated").RightAligned());
        table.AddColumn("leader (weighted)");
        foreach (var s in states)
        {
            var m = s.Matrix;
            table.AddRow(
                Markup.Escape(m.Name),
                Markup.Escape(m.Title ?? ""),
                m.Hypotheses.Count.ToString(CultureInfo.InvariantCulture),
                m.Evidence.Count.ToString(CultureInfo.InvariantCulture),
                $"{m.Ratings.Count.ToString(CultureInfo.InvariantCulture)}/{(m.Hypotheses.Count * m.Evidence.Count).ToString(CultureInfo.InvariantCulture)}",
                Markup.Escape(string.Join(", ", AchScorer.Leaders(m, AchScoreMode.Weighted))));
        }

        return table;
    }
}
