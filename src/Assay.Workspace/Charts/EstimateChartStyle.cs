using System.Globalization;
using ScottPlot;

namespace Assay.Workspace.Charts;

/// <summary>The look of the estimate chart: a white page, a muted palette, a sans font the machine has, quiet axes,
/// and a key that explains only the notation a chart uses.</summary>
public static class EstimateChartStyle
{
    /// <summary>Ink for text.</summary>
    public static readonly Color Ink = Color.FromHex("#333333");

    /// <summary>Axis lines, axis titles and the notation key.</summary>
    public static readonly Color Muted = Color.FromHex("#777777");

    /// <summary>Points left out of the pool.</summary>
    public static readonly Color Excluded = Color.FromHex("#A8A8A8");

    /// <summary>The pooled band and its median.</summary>
    public static readonly Color Band = Color.FromHex("#5B7DA8");

    // Muted tones that stay apart for common colour-vision deficiencies in the first four.
    private static readonly Color[] Palette =
    [
        Color.FromHex("#3B6FA0"), Color.FromHex("#D0813A"), Color.FromHex("#4E9A6A"), Color.FromHex("#B5484E"),
        Color.FromHex("#7A68A6"), Color.FromHex("#8C6D4F"), Color.FromHex("#C26FA8"), Color.FromHex("#5F9EA8"),
    ];

    private static readonly Color GridLine = Color.FromHex("#E8E8E8");

    private static readonly string[] SansFonts = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI"];

    /// <summary>Families an SVG viewer may use in place of the one drawn with, ending in the generic sans.</summary>
    public const string SvgFallbackFonts = "Liberation Sans, Arial, Helvetica, sans-serif";

    /// <summary>The colour of the origin at <paramref name="index"/> in order of first appearance.</summary>
    public static Color Origin(int index) => Palette[index % Palette.Length];

    /// <summary>The first sans font the machine has, else ScottPlot's default (which on a bare Linux box may be a serif).</summary>
    // Skia substitutes a fallback for a missing family, so a family counts as present only when it comes back by name.
    public static string Font() =>
        SansFonts.FirstOrDefault(f => string.Equals(Fonts.GetTypeface(f, bold: false, italic: false)?.FamilyName, f, StringComparison.OrdinalIgnoreCase))
        ?? Fonts.Default;

    /// <summary>"12,000".</summary>
    public static string Number(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>White page, date axis at the bottom, thousands on the left, faint grid, legend outside on the right.</summary>
    public static void Apply(Plot plot, string title)
    {
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        // The date axis replaces the bottom axis, so it comes before anything that styles or labels it.
        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        }

        // Sparser than the default: a figure axis needs a handful of round numbers, not a ruler.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Number, IntegerTicksOnly = true, TickDensity = 0.5 };
        plot.Title(title, size: 19);
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Axes.Title.Label.Bold = false;
        plot.XLabel("as of", size: 13);
        plot.YLabel("figure stated", size: 13);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.Label.ForeColor = Muted;
            axis.Label.Bold = false;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.TickLabelStyle.FontSize = 12;
            axis.MajorTickStyle.Color = Muted;
            axis.MinorTickStyle.Color = Colors.Transparent;
            axis.FrameLineStyle.Color = Muted;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.MinorLineColor = Colors.Transparent;

        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White;
        plot.Legend.DisplayPlottableLegendItems = false;
    }

    /// <summary>The key line for one origin; grey and hollow when every one of its figures is excluded.</summary>
    public static LegendItem OriginKey(string name, Color colour, bool allExcluded) => new()
    {
        LabelText = name,
        LineColor = allExcluded ? Excluded : colour,
        LineWidth = 1.5f,
        MarkerShape = allExcluded ? MarkerShape.OpenCircle : MarkerShape.FilledCircle,
        MarkerFillColor = allExcluded ? Colors.Transparent : colour,
        MarkerLineColor = allExcluded ? Excluded : colour,
        MarkerLineWidth = 1.5f,
        MarkerSize = 9,
    };

    /// <summary>Key lines for the notation (other kinds of figure, open bounds, excluded points, the pooled band), each
    /// only when the chart uses it.</summary>
    public static IEnumerable<LegendItem> NotationKey(bool openBounds, bool excluded, bool pooled, bool increments = false, bool projections = false)
    {
        if (increments)
        {
            yield return Shape("increment (not a total)", MarkerShape.FilledDiamond);
        }

        if (projections)
        {
            yield return Shape("projection", MarkerShape.FilledSquare);
        }

        if (openBounds)
        {
            yield return new LegendItem
            {
                LabelText = $"open bound (dashes to {EstimateChart.OpenReach.ToString(CultureInfo.InvariantCulture)}×, caret at the open end)",
                LineColor = Muted,
                LineWidth = 2,
                LinePattern = LinePattern.Solid,
                MarkerShape = MarkerShape.FilledTriangleUp,
                MarkerFillColor = Muted,
                MarkerLineColor = Muted,
                MarkerSize = 8,
            };
        }

        if (excluded)
        {
            yield return new LegendItem
            {
                LabelText = "excluded (refuted)",
                MarkerShape = MarkerShape.OpenCircle,
                MarkerLineColor = Excluded,
                MarkerFillColor = Colors.Transparent,
                MarkerLineWidth = 1.8f,
                MarkerSize = 9,
            };
        }

        if (pooled)
        {
            yield return new LegendItem
            {
                LabelText = "pooled 80% range",
                FillColor = Band.WithAlpha(0.2),
                LineColor = Band,
                LineWidth = 1.3f,
                LinePattern = LinePattern.Solid,
            };
        }
    }

    private static LegendItem Shape(string label, MarkerShape shape) => new()
    {
        LabelText = label,
        MarkerShape = shape,
        MarkerFillColor = Muted,
        MarkerLineColor = Muted,
        MarkerSize = 9,
    };
}
