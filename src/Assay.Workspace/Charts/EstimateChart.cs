using System.Text;
using Assay.Analysis.Estimates;
using ScottPlot;
using ScottPlot.Plottables;

namespace Assay.Workspace.Charts;

/// <summary>The estimate series of one subject as a picture: each origin's figures over time, ranges as bars,
/// revisions marked, and the pooled range as a band behind them.</summary>
/// <remarks>
/// x is the as-of date, y the figure. A range is a bar from low to high with its marker at the geometric midpoint
/// (the middle of a range on the scale the pooling uses). An open bound ("more than 10,000", "up to 12,000") is a
/// marker at the stated bound with a dashed bar reaching 1.5× the bound (or the bound ÷ 1.5) that ends in a caret
/// pointing the open way: the dashes say "somewhere past here, how far not stated". Points resting on a refuted report
/// are hollow and grey, labelled with the reason. Totals are circles, increments diamonds, projections squares, and
/// only like-for-like figures of one origin are joined. The band is the linear pool's 80% interval (P10–P90) of the largest assessment group, with
/// its median dashed.
/// </remarks>
public static class EstimateChart
{
    /// <summary>How far the dashed bar of an open bound reaches, as a factor of the bound.</summary>
    internal const double OpenReach = 1.5;

    /// <summary>True when the file name ends in .svg or .png, in any case.</summary>
    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    /// <summary>The chart as PNG bytes of the given size in pixels.</summary>
    public static byte[] Png(SubjectSeries series, int width = 1000, int height = 560)
    {
        CheckSize(width, height);
        using var plot = Build(series);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>The chart as an SVG document of the given size in pixels.</summary>
    public static string Svg(SubjectSeries series, int width = 1000, int height = 560)
    {
        CheckSize(width, height);
        using var plot = Build(series);
        var font = EstimateChartStyle.Font();

        // Skia names the one family it drew with; a viewer without it should fall back to a sans, not to its serif default.
        return plot.GetSvgXml(width, height).Replace($"font-family=\"{font}\"", $"font-family=\"{font}, {EstimateChartStyle.SvgFallbackFonts}\"", StringComparison.Ordinal);
    }

    /// <summary>Writes the chart to <paramref name="path"/>, as SVG or PNG by its extension (any case).</summary>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static void Save(SubjectSeries series, string path)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".svg":
                File.WriteAllText(path, Svg(series), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                break;
            case ".png":
                File.WriteAllBytes(path, Png(series));
                break;
            default:
                throw new ArgumentException($"Cannot tell the chart format of '{path}': the file name must end in .svg or .png.", nameof(path));
        }
    }

    /// <summary>The plot, ready to render at any size (the caller disposes it).</summary>
    internal static Plot Build(SubjectSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var font = EstimateChartStyle.Font();
        var plot = new Plot();
        EstimateChartStyle.Apply(plot, series.Describe());

        var origins = series.Points
            .GroupBy(p => p.Point.OriginId, StringComparer.Ordinal)
            .Select((g, i) => (Name: g.First().Point.OriginName ?? g.Key, Points: g.OrderBy(p => p.Point.AsOf).ToList(), Colour: EstimateChartStyle.Origin(i)))
            .ToList();
        var (left, right) = DateLimits(series);
        var pool = PooledGroup(series)?.LinearPool;

        // Drawn back to front: band, joining lines, bars, markers, then words, so no line crosses a marker or a label.
        if (pool is { } band)
        {
            DrawBand(plot, band);
        }

        // Only like-for-like figures are joined: an increment or a projection does not continue a count.
        foreach (var (_, points, colour) in origins)
        {
            foreach (var run in points.GroupBy(p => LikeKey.Of(p.Point)).Where(g => g.Count() > 1))
            {
                var line = plot.Add.ScatterLine(run.Select(p => X(p.Point.AsOf)).ToArray(), run.Select(p => MarkerValue(p.Point)).ToArray(), colour.WithAlpha(0.55));
                line.LineWidth = 1.2f;
                line.MarkerSize = 0;
            }
        }

        var top = pool?.P90 ?? 0;
        foreach (var (_, points, colour) in origins)
        {
            foreach (var p in points)
            {
                top = Math.Max(top, DrawBar(plot, p.Point, ColourOf(p, colour)));
            }
        }

        foreach (var (_, points, colour) in origins)
        {
            points.ForEach(p => DrawMarker(plot, p, ColourOf(p, colour), font));
        }

        if (pool is { } range)
        {
            var label = plot.Add.Text(PoolLabel(range), left, range.P90);
            label.LabelFontSize = 12;
            label.LabelFontColor = EstimateChartStyle.Band.Darken(0.3);
            label.LabelFontName = font;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 6;
            label.OffsetY = -3;
        }

        foreach (var (name, points, colour) in origins)
        {
            plot.Legend.ManualItems.Add(EstimateChartStyle.OriginKey(name, colour, points.All(p => p.Excluded is not null)));
        }

        var statuses = series.Points.Select(p => p.Point.Status).ToHashSet();
        plot.Legend.ManualItems.AddRange(EstimateChartStyle.NotationKey(
            openBounds: series.Points.Any(p => p.Point.Low is null || p.Point.High is null),
            excluded: series.Points.Any(p => p.Excluded is not null),
            pooled: pool is not null,
            increments: statuses.Contains(EstimateStatus.Increment),
            projections: statuses.Contains(EstimateStatus.Projection)));

        // One wild figure (a misread "1.5 million") must not flatten the rest: past three times the 90th percentile the
        // axis stops at the bulk of the figures, and a note says what lies above it.
        var scale = ScaleTop(series, pool, top);
        if (scale < top)
        {
            var above = series.Points.Where(p => Math.Max(p.Point.High ?? 0, p.Point.Low ?? 0) > scale).ToList();
            var note = plot.Add.Text(
                $"↑ {above.Count} figure(s) above the scale, largest {Number(above.Max(p => Math.Max(p.Point.High ?? 0, p.Point.Low ?? 0)))}",
                right,
                scale * 1.1);
            note.LabelFontSize = 11;
            note.LabelFontColor = EstimateChartStyle.Ink;
            note.LabelFontName = font;
            note.LabelAlignment = Alignment.UpperRight;
            top = scale;
        }

        plot.Axes.SetLimits(left, right, 0, top <= 0 ? 1 : top * 1.1);
        plot.Font.Set(font);
        plot.Legend.FontName = font;
        return plot;
    }

    /// <summary>The top of the value axis: everything drawn, unless that is more than three times the 90th percentile of
    /// the figures (and the pooled 90th percentile), in which case the larger of those two, with room.</summary>
    internal static double ScaleTop(SubjectSeries series, PooledRange? pool, double top)
    {
        var values = series.Points.Select(p => MarkerValue(p.Point)).Order().ToList();
        if (values.Count == 0)
        {
            return top;
        }

        var p90 = values[(int)Math.Floor(0.9 * (values.Count - 1))];
        var bulk = Math.Max(p90, pool?.P90 ?? 0) * 1.3;
        return top > 3 * bulk ? bulk : top;
    }

    /// <summary>The largest assessment group that has a pooled range (most estimates, then most weight), or null.</summary>
    internal static PooledEstimate? PooledGroup(SubjectSeries series) =>
        series.Pool.Groups
            .Where(g => g.Key.Status == EstimateStatus.Assessment && g.LinearPool is not null)
            .OrderByDescending(g => g.Estimates.Count)
            .ThenByDescending(g => g.TotalWeight)
            .FirstOrDefault();

    /// <summary>"pooled median 11,000 (80%: 9,800–12,300)".</summary>
    internal static string PoolLabel(PooledRange pool) =>
        $"pooled median {Number(pool.Median)} (80%: {Number(pool.P10)}–{Number(pool.P90)})";

    /// <summary>Where the point's marker sits: the geometric midpoint of a range, else the stated bound.</summary>
    internal static double MarkerValue(EstimatePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point switch
        {
            { Low: { } l, High: { } h } => Math.Sqrt(l * h),
            { Low: { } l } => l,
            _ => point.High!.Value,
        };
    }

    /// <summary>The short mark beside a revised figure, or null when it is no revision worth marking.</summary>
    internal static string? RevisionMark(RevisionDirection direction) => direction switch
    {
        RevisionDirection.Up => "↑ up",
        RevisionDirection.Down => "↓ down",
        RevisionDirection.Widened => "↕ wider",
        RevisionDirection.Narrowed => "→← narrower",
        _ => null,
    };

    /// <summary>A circle for a total (counted or assessed), a diamond for an increment, a square for a projection;
    /// hollow when the point is excluded.</summary>
    internal static MarkerShape Shape(EstimateStatus status, bool hollow) => (status, hollow) switch
    {
        (EstimateStatus.Increment, false) => MarkerShape.FilledDiamond,
        (EstimateStatus.Increment, true) => MarkerShape.OpenDiamond,
        (EstimateStatus.Projection, false) => MarkerShape.FilledSquare,
        (EstimateStatus.Projection, true) => MarkerShape.OpenSquare,
        (_, false) => MarkerShape.FilledCircle,
        (_, true) => MarkerShape.OpenCircle,
    };

    private static Color ColourOf(SeriesPoint point, Color origin) => point.Excluded is null ? origin : EstimateChartStyle.Excluded;

    private static void DrawBand(Plot plot, PooledRange pool)
    {
        var band = plot.Add.VerticalSpan(pool.P10, pool.P90, EstimateChartStyle.Band.WithAlpha(0.13));
        band.LineStyle.Width = 0;
        // Solid: the SVG canvas drops dash patterns (and says so on the console), so no line relies on one.
        plot.Add.HorizontalLine(pool.Median, 1.3f, EstimateChartStyle.Band.WithAlpha(0.9), LinePattern.Solid);
    }

    /// <summary>The bar of a range (solid, capped) or an open bound (dashed, with a caret); returns its top.</summary>
    private static double DrawBar(Plot plot, EstimatePoint p, Color colour)
    {
        var x = X(p.AsOf);
        switch (p)
        {
            case { Low: { } low, High: { } high } when high > low:
                Bar(plot, x, low, high, colour, LinePattern.Solid).MarkerShape = MarkerShape.HorizontalBar;
                return high;
            case { Low: { } floor, High: null }:
                DashedBar(plot, x, floor, floor * OpenReach, colour);
                plot.Add.Marker(x, floor * OpenReach, MarkerShape.FilledTriangleUp, 11, colour);
                return floor * OpenReach;
            case { Low: null, High: { } ceiling }:
                DashedBar(plot, x, ceiling / OpenReach, ceiling, colour);
                plot.Add.Marker(x, ceiling / OpenReach, MarkerShape.FilledTriangleDown, 11, colour);
                return ceiling;
            default:
                return MarkerValue(p);
        }
    }

    /// <summary>An open bound's bar, drawn as separate dashes: the SVG canvas drops a line's dash pattern, and an open
    /// bound drawn solid would read as a closed range.</summary>
    private static void DashedBar(Plot plot, double x, double low, double high, Color colour)
    {
        const int Dashes = 6;
        var slot = (high - low) / Dashes;
        for (var i = 0; i < Dashes; i++)
        {
            var start = low + (i * slot);
            Bar(plot, x, start, start + (slot * 0.6), colour, LinePattern.Solid);
        }
    }

    private static LinePlot Bar(Plot plot, double x, double low, double high, Color colour, LinePattern pattern)
    {
        var bar = plot.Add.Line(x, low, x, high);
        bar.LineColor = colour;
        bar.LineWidth = 2.5f;
        bar.LinePattern = pattern;
        bar.MarkerShape = MarkerShape.None;
        bar.MarkerSize = 9;
        bar.MarkerLineWidth = 2;
        bar.MarkerColor = colour;
        return bar;
    }

    private static void DrawMarker(Plot plot, SeriesPoint point, Color colour, string font)
    {
        var x = X(point.Point.AsOf);
        var y = MarkerValue(point.Point);
        var hollow = point.Excluded is not null;
        var marker = plot.Add.Marker(x, y, Shape(point.Point.Status, hollow), 10, colour);
        marker.MarkerLineWidth = hollow ? 1.8f : 1;
        if (!hollow)
        {
            // A white rim keeps the dot apart from the bar and line behind it.
            marker.MarkerLineColor = Colors.White;
        }

        if ((point.Excluded ?? RevisionMark(point.Revision)) is { } mark)
        {
            var text = plot.Add.Text(mark, x, y);
            text.LabelFontSize = 11;
            text.LabelFontColor = colour;
            text.LabelFontName = font;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.OffsetX = 9;
        }
    }

    /// <summary>The date range with a margin, so markers and labels at the ends are not cut by the frame.</summary>
    private static (double Left, double Right) DateLimits(SubjectSeries series)
    {
        if (series.Points.Count == 0)
        {
            var today = X(DateOnly.FromDateTime(DateTime.UtcNow));
            return (today - 30, today + 30);
        }

        var first = series.Points.Min(p => X(p.Point.AsOf));
        var last = series.Points.Max(p => X(p.Point.AsOf));
        var margin = Math.Max((last - first) * 0.07, 10);
        return (first - margin, last + margin);
    }

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static string Number(double value) => EstimateChartStyle.Number(value);

    private static void CheckSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
    }
}
