using Assay.Cli.Commands;
using Assay.Storage;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>Estimates by date: who gave which bounds for which counted subject, and how firmly.</summary>
internal static class EstimateTable
{
    /// <summary>Builds the table; rows without a quantity are left out.</summary>
    public static Table Build(IReadOnlyList<StoredClaim> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("date");
        table.AddColumn("origin source");
        table.AddColumn("outlet");
        table.AddColumn(new TableColumn("low").RightAligned());
        table.AddColumn(new TableColumn("high").RightAligned());
        table.AddColumn("qualifier");
        table.AddColumn("counted");
        table.AddColumn("scope");
        table.AddColumn("stance");
        foreach (var sc in estimates)
        {
            if (sc.Quantity is not { } q)
            {
                continue;
            }

            table.AddRow(
                Markup.Escape(Formats.Date(sc.Published)),
                Markup.Escape(sc.Claim.Source),
                Markup.Escape(sc.Outlet ?? string.Empty),
                Markup.Escape(Formats.Number(q.Low)),
                Markup.Escape(Formats.Number(q.High)),
                Markup.Escape(EnumNames.Of(q.Qualifier)),
                Markup.Escape(q.Counted ?? string.Empty),
                Markup.Escape(q.Scope ?? string.Empty),
                ClaimTable.StanceMarkup(sc.Claim.Stance));
        }

        return table;
    }
}
