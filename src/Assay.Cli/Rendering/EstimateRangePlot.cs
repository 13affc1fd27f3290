using System.Text;
using Assay.Storage;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>A text range plot: one row per estimate, a bar from low to high on a scale shared by all rows, so a
/// reader sees at a glance how the figures moved and how wide each range is.</summary>
/// <remarks>An open bound ("more than 1,000") runs to the edge and ends in an arrow; an exact figure is a dot.</remarks>
internal static class EstimateRangePlot
{
    /// <summary>Builds the plot, or null when no estimate has a finite bound.</summary>
    public static Rows? Build(IReadOnlyList<StoredClaim> estimates, int width = 40)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var rows = estimates.Where(e => e.Quantity is not null).ToList();
        var max = rows.SelectMany(e => new[] { e.Quantity!.Low, e.Quantity.High }).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        if (rows.Count == 0 || max <= 0)
        {
            return null;
        }

        var labelWidth = Math.Min(28, rows.Max(r => Label(r).Length));
        var lines = new List<Markup>
        {
            new($"[grey]{new string(' ', labelWidth + 2)}0{Markup.Escape(Formats.Number(max).PadLeft(width - 1))}[/]"),
        };
        foreach (var row in rows)
        {
            var label = Label(row);
            label = label.Length > labelWidth ? label[..(labelWidth - 1)] + "…" : label.PadRight(labelWidth);
            lines.Add(new Markup($"{Markup.Escape(label)} [grey]│[/][yellow]{Markup.Escape(Bar(row.Quantity!, max, width))}[/][grey]│[/] {Markup.Escape(Formats.Bounds(row.Quantity!))}"));
        }

        return new Rows(lines);
    }

    /// <summary>The bar for one quantity, exactly <paramref name="width"/> characters.</summary>
    internal static string Bar(Core.Quantities.Quantity q, double max, int width)
    {
        int Cell(double v) => Math.Clamp((int)Math.Round(v / max * (width - 1)), 0, width - 1);
        var from = q.Low is { } l ? Cell(l) : 0;
        var to = q.High is { } h ? Cell(h) : width - 1;
        var bar = new StringBuilder(new string(' ', width));
        for (var i = from; i <= to; i++)
        {
            bar[i] = '━';
        }

        if (q.High is null)
        {
            bar[width - 1] = '▶';
        }

        if (q.Low is null)
        {
            bar[0] = '◀';
        }

        if (q.Low is not null && q.High is not null && from == to)
        {
            bar[from] = '●';
        }

        return bar.ToString();
    }

    private static string Label(StoredClaim e) => $"{Formats.Date(e.Published)} {e.Claim.Source}".Trim();
}
