using Assay.Cli.Commands;
using Assay.Storage;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>Sources with how many claims, articles and outlets credit them, and when.</summary>
internal static class SourceTable
{
    /// <summary>Builds the table.</summary>
    public static Table Build(IReadOnlyList<SourceSummary> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("source");
        table.AddColumn("type");
        table.AddColumn(new TableColumn("claims").RightAligned());
        table.AddColumn(new TableColumn("articles").RightAligned());
        table.AddColumn(new TableColumn("outlets").RightAligned());
        table.AddColumn("first");
        table.AddColumn("last");
        foreach (var s in sources)
        {
            table.AddRow(
                Markup.Escape(s.Source),
                Markup.Escape(EnumNames.Of(s.Type)),
                s.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.Outlets.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Formats.Date(s.First),
                Formats.Date(s.Last));
        }

        return table;
    }
}
