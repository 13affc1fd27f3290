namespace Assay.Web.Pages.Support;

/// <summary>A bar chart of counts per day laid out for SVG: one bar per day with claims, on a time axis.</summary>
public sealed class Timeline
{
    /// <summary>Drawing width in SVG units.</summary>
    public const double Width = 720;

    /// <summary>Drawing height in SVG units.</summary>
    public const double Height = 180;

    /// <summary>Left and bottom margin for the axis labels.</summary>
    public const double Margin = 28;

    private Timeline(IReadOnlyList<TimelineBar> bars, DateOnly? first, DateOnly? last, int max)
    {
        Bars = bars;
        First = first;
        Last = last;
        Max = max;
    }

    /// <summary>The bars, oldest first.</summary>
    public IReadOnlyList<TimelineBar> Bars { get; }

    /// <summary>The first day drawn.</summary>
    public DateOnly? First { get; }

    /// <summary>The last day drawn.</summary>
    public DateOnly? Last { get; }

    /// <summary>The largest count, the top of the scale.</summary>
    public int Max { get; }

    /// <summary>Lays out <paramref name="perDay"/> (day → count) across the chart.</summary>
    public static Timeline Build(IReadOnlyDictionary<DateOnly, int> perDay)
    {
        ArgumentNullException.ThrowIfNull(perDay);
        if (perDay.Count == 0)
        {
            return new Timeline([], null, null, 0);
        }

        var first = perDay.Keys.Min();
        var last = perDay.Keys.Max();
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        var max = perDay.Values.Max();
        var plot = Width - Margin - 8;
        var barWidth = Math.Clamp(plot / (span + 1), 2, 14);
        var bars = perDay.OrderBy(d => d.Key).Select(d =>
        {
            var x = Margin + ((d.Key.DayNumber - first.DayNumber) / (double)span * (plot - barWidth));
            var h = (Height - Margin - 8) * d.Value / max;
            return new TimelineBar(d.Key, d.Value, x, Height - Margin - h, barWidth, h);
        }).ToList();
        return new Timeline(bars, first, last, max);
    }
}
