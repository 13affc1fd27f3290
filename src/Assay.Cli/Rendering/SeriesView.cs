using System.Globalization;
using System.Text;
using Assay.Analysis.Estimates;
using Assay.Cli.Commands;
using Assay.Core.Quantities;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>Estimate series as tables: the index of subjects, and one subject's figures by date and origin with
/// revisions marked, a range plot and the pooled range with its method.</summary>
internal static class SeriesView
{
    /// <summary>The line that names the pooling method under every pooled table.</summary>
    public const string Method =
        "Method: each figure a lognormal over its stated range (a single figure ±2%, \"about\" ±10%, an open bound to 1.5×); "
        + "repeats of one origin's figure collapse to one point and an origin's superseded figures weigh nothing; weights = "
        + "reliability (the Admiralty grade given with 'assay grade'; ungraded: F = 0.5) × independence × recency (half-life 90 days); linear pool, median and 10th–90th "
        + "percentiles. See docs/estimates.md.";

    /// <summary>One row per subject: figures, origins, claims, dates, the latest figure.</summary>
    public static Table Index(IReadOnlyList<SubjectSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("subject");
        table.AddColumn(new TableColumn("figures").RightAligned());
        table.AddColumn(new TableColumn("origins").RightAligned());
        table.AddColumn(new TableColumn("claims").RightAligned());
        table.AddColumn("first");
        table.AddColumn("last");
        table.AddColumn("latest");
        foreach (var s in series)
        {
            var latest = s.Points[^1];
            table.AddRow(
                Markup.Escape(s.Describe()),
                s.Points.Count.ToString(CultureInfo.InvariantCulture),
                s.OriginCount.ToString(CultureInfo.InvariantCulture),
                s.ClaimCount.ToString(CultureInfo.InvariantCulture),
                Formats.Date(s.Points[0].Point.AsOf),
                Formats.Date(latest.Point.AsOf),
                Markup.Escape($"{Figure(latest.Point)} ({latest.Point.OriginName})"));
        }

        return table;
    }

    /// <summary>Writes one subject's series.</summary>
    public static void Render(IAnsiConsole console, SubjectSeries series)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(series);
        console.Write(new Rule(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{series.Describe()}: {series.Points.Count} figures from {series.OriginCount} origins ({series.ClaimCount} claims)"))).LeftJustified());
        console.Write(Points(series));
        console.WriteLine();
        console.Write(Plot(series));
        console.WriteLine();
        if (series.Pool.IsEmpty)
        {
            console.MarkupLine("[dim]Nothing to pool: every figure is excluded.[/]");
            return;
        }

        console.Write(PoolTable(series.Pool));
        console.MarkupLine("[dim]" + Markup.Escape(Method) + "[/]");
    }

    private static Table Points(SubjectSeries series)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("as of");
        table.AddColumn("origin");
        table.AddColumn(new TableColumn("figure").RightAligned());
        table.AddColumn("status");
        table.AddColumn("scope");
        table.AddColumn("revision");
        table.AddColumn("carried by");
        table.AddColumn("claims");
        foreach (var p in series.Points)
        {
            var excluded = p.Excluded is null ? "" : $"\n[red]{Markup.Escape(p.Excluded)}[/]";
            table.AddRow(
                Formats.Date(p.Point.AsOf),
                Markup.Escape(p.Point.OriginName ?? p.Point.OriginId),
                Markup.Escape(Figure(p.Point)),
                Markup.Escape(Status(p.Point.Status)) + excluded,
                Markup.Escape(p.Point.Scope),
                Revision(p),
                Markup.Escape(Carried(p)),
                Markup.Escape(string.Join(" ", p.Claims.Take(4)) + (p.Claims.Count > 4 ? " …" : "")));
        }

        return table;
    }

    /// <summary>A bar per figure on one shared scale, so movement and width show at a glance.</summary>
    private static Rows Plot(SubjectSeries series, int width = 48)
    {
        var max = series.Points.SelectMany(p => new[] { p.Point.Low, p.Point.High }).Where(v => v is not null).Max() ?? 1;
        var labels = series.Points.Select(p => $"{Formats.Date(p.Point.AsOf)} {p.Point.OriginName}").ToList();
        var labelWidth = Math.Min(40, labels.Max(l => l.Length));
        var lines = new List<Markup> { new($"[grey]{new string(' ', labelWidth + 2)}0{Markup.Escape(Formats.Number(max).PadLeft(width - 1))}[/]") };
        for (var i = 0; i < series.Points.Count; i++)
        {
            var p = series.Points[i].Point;
            var label = labels[i].Length > labelWidth ? labels[i][..(labelWidth - 1)] + "…" : labels[i].PadRight(labelWidth);
            var colour = series.Points[i].Excluded is not null ? "grey" : p.Status == EstimateStatus.Projection ? "blue" : "yellow";
            lines.Add(new Markup($"{Markup.Escape(label)} [grey]│[/][{colour}]{Markup.Escape(Bar(p, max, width))}[/][grey]│[/] {Markup.Escape(Figure(p))}"));
        }

        return new Rows(lines);
    }

    internal static string Bar(EstimatePoint p, double max, int width)
    {
        int Cell(double v) => Math.Clamp((int)Math.Round(v / max * (width - 1)), 0, width - 1);
        var from = p.Low is { } l ? Cell(l) : 0;
        var to = p.High is { } h ? Cell(h) : width - 1;
        var bar = new StringBuilder(new string(' ', width));
        for (var i = from; i <= to; i++)
        {
            bar[i] = '━';
        }

        if (p.High is null)
        {
            bar[width - 1] = '▶';
        }

        if (p.Low is null)
        {
            bar[0] = '◀';
        }

        if (p.Low is not null && p.High is not null && from == to)
        {
            bar[from] = '●';
        }

        return bar.ToString();
    }

    private static Table PoolTable(PoolResult pool)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Best-supported range[/] (pooled like with like: same scope and status)");
        table.AddColumn("scope");
        table.AddColumn("status");
        table.AddColumn(new TableColumn("origins").RightAligned());
        table.AddColumn(new TableColumn("median").RightAligned());
        table.AddColumn(new TableColumn("80% interval").RightAligned());
        table.AddColumn(new TableColumn("quantile average").RightAligned());
        table.AddColumn(new TableColumn("raw spread").RightAligned());
        foreach (var g in pool.Groups)
        {
            table.AddRow(
                Markup.Escape(g.Key.Scope.Length == 0 ? "(unstated)" : g.Estimates[0].Point.Scope),
                Markup.Escape(Status(g.Key.Status)),
                g.OriginCount.ToString(CultureInfo.InvariantCulture),
                g.LinearPool is { } l ? Formats.Number(Math.Round(l.Median)) : "—",
                g.LinearPool is { } i ? $"{Formats.Number(Math.Round(i.P10))}–{Formats.Number(Math.Round(i.P90))}" : "—",
                g.QuantileAverage is { } q ? $"{Formats.Number(Math.Round(q.Median))} ({Formats.Number(Math.Round(q.P10))}–{Formats.Number(Math.Round(q.P90))})" : "—",
                Markup.Escape(RawSpread(g)));
        }

        return table;
    }

    /// <summary>"1,500–12,000", with "&lt;" or "+" where some figure was open on that side.</summary>
    internal static string RawSpread(PooledEstimate g) =>
        (g.OpenBelow ? "<" : "") + Formats.Number(g.RawLow) + "–" + Formats.Number(g.RawHigh) + (g.OpenAbove ? "+" : "");

    /// <summary>The figure as stated: "10,000–12,000", "&gt;10,000", "≤12,000", "~11,000".</summary>
    public static string Figure(EstimatePoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Formats.Bounds(p.Low, p.High, p.Qualifier);
    }

    /// <summary>Status in words.</summary>
    public static string Status(EstimateStatus status) => status switch
    {
        EstimateStatus.ObservedCount => "observed count",
        EstimateStatus.Assessment => "assessment",
        EstimateStatus.Increment => "increment",
        EstimateStatus.Projection => "projection",
        _ => EnumNames.Of(status),
    };

    /// <summary>Revision mark in colour: "↑ from 3,000".</summary>
    private static string Revision(SeriesPoint p) => p.Revision switch
    {
        RevisionDirection.First => "[dim]first[/]",
        RevisionDirection.Unchanged => "[dim]repeated[/]",
        RevisionDirection.Up => "[green]↑ up[/] from " + Markup.Escape(Figure(p.Previous!)),
        RevisionDirection.Down => "[red]↓ down[/] from " + Markup.Escape(Figure(p.Previous!)),
        RevisionDirection.Widened => "[yellow]↕ widened[/] from " + Markup.Escape(Figure(p.Previous!)),
        RevisionDirection.Narrowed => "[yellow]↔ narrowed[/] from " + Markup.Escape(Figure(p.Previous!)),
        RevisionDirection.Requalified => "requalified from " + Markup.Escape(Figure(p.Previous!)),
        _ => "",
    };

    private static string Carried(SeriesPoint p) =>
        p.Outlets.Count <= 3 ? string.Join(", ", p.Outlets) : $"{string.Join(", ", p.Outlets.Take(3))} +{p.Outlets.Count - 3}";
}
