using System.Buffers.Binary;
using System.Xml.Linq;
using Assay.Analysis.Estimates;
using Assay.Core.Quantities;
using Assay.Workspace.Charts;
using ScottPlot;
using ScottPlot.Plottables;

namespace Assay.Workspace.Tests.Charts;

public sealed class EstimateChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(1000, 560)]
    [InlineData(640, 360)]
    public void Png_ExampleSeries_IsPngOfRequestedSize(int width, int height)
    {
        // Given the example series
        var series = ChartSeries.Example();

        // When it is drawn as PNG
        var png = EstimateChart.Png(series, width, height);

        // Then the bytes are a PNG whose header chunk gives the requested size
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Png_ExampleSeries_DrawsTextAndColour()
    {
        // Given the example series
        var series = ChartSeries.Example();

        // When it is drawn as PNG and decoded
        using var bitmap = SkiaSharp.SKBitmap.Decode(EstimateChart.Png(series));

        // Then the picture is not blank: dark text pixels and the first origin's blue are both there
        var pixels = bitmap.Pixels;
        Assert.Contains(pixels, p => p.Red < 80 && p.Green < 80 && p.Blue < 80);
        Assert.Contains(pixels, p => p.Blue > 140 && p.Red < 90 && p.Green is > 90 and < 130);
    }

    [Fact]
    public void Svg_ExampleSeries_ParsesWithSizeTitleOriginsAndPoolLabel()
    {
        // Given the example series
        var series = ChartSeries.Example();

        // When it is drawn as SVG at 800×450
        var svg = EstimateChart.Svg(series, 800, 450);

        // Then it is well-formed XML of that size whose text names the title, every origin and the pooled range
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(SvgNs + "svg", root.Name);
        Assert.Equal("800", root.Attribute("width")!.Value);
        Assert.Equal("450", root.Attribute("height")!.Value);
        var text = string.Join("\n", root.Descendants(SvgNs + "text").Select(t => t.Value));
        Assert.Contains("north korean troops in Russia", text, StringComparison.Ordinal);
        foreach (var origin in new[] { "South Korea's NIS", "Pentagon", "Ukraine's HUR", "Ukraine's president", "NATO", "an anonymous channel" })
        {
            Assert.Contains(origin, text, StringComparison.Ordinal);
        }

        Assert.Contains("pooled median", text, StringComparison.Ordinal);
        Assert.Contains("(80%:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_ExampleSeries_EveryTextFallsBackToASansFont()
    {
        // Given the example series
        var series = ChartSeries.Example();

        // When it is drawn as SVG
        var root = XDocument.Parse(EstimateChart.Svg(series)).Root!;

        // Then every text names a font list ending in the generic sans, so a viewer without the drawing font stays sans
        var families = root.Descendants(SvgNs + "text").Select(t => t.Attribute("font-family")?.Value).ToList();
        Assert.NotEmpty(families);
        Assert.All(families, f => Assert.EndsWith(", sans-serif", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chart.jpg")]
    [InlineData("chart")]
    [InlineData("chart.svg.txt")]
    public void Save_UnsupportedExtension_ThrowsNamingSvgAndPng(string name)
    {
        // Given a path whose extension is not a chart format
        var path = Path.Combine(Path.GetTempPath(), "assay-chart-" + Guid.NewGuid().ToString("N"), name);

        // When the chart is saved there
        var error = Assert.Throws<ArgumentException>(() => EstimateChart.Save(ChartSeries.Example(), path));

        // Then the message names both supported extensions and nothing is written
        Assert.Contains(".svg", error.Message, StringComparison.Ordinal);
        Assert.Contains(".png", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Save_PngAndSvgPaths_WriteEachFormat()
    {
        // Given a fresh folder (and, when ASSAY_CHART_EXAMPLES names a folder, that one too: docs/images is made this way)
        var dir = Directory.CreateTempSubdirectory("assay-chart-").FullName;
        var folders = new[] { dir, Environment.GetEnvironmentVariable("ASSAY_CHART_EXAMPLES") }.Where(d => !string.IsNullOrEmpty(d));
        try
        {
            foreach (var folder in folders)
            {
                // When the example chart is saved as .png and as .svg
                var png = Path.Combine(folder!, "estimates-example.png");
                var svg = Path.Combine(folder!, "estimates-example.svg");
                EstimateChart.Save(ChartSeries.Example(), png);
                EstimateChart.Save(ChartSeries.Example(), svg);

                // Then one file is a PNG and the other an SVG document
                Assert.Equal(PngSignature, File.ReadAllBytes(png)[..8]);
                Assert.Equal(SvgNs + "svg", XDocument.Load(svg).Root!.Name);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Save_UpperCaseExtension_PicksTheFormat()
    {
        // Given a path ending in .PNG
        var dir = Directory.CreateTempSubdirectory("assay-chart-").FullName;
        var path = Path.Combine(dir, "chart.PNG");
        try
        {
            // When the chart is saved there
            EstimateChart.Save(ChartSeries.Example(), path);

            // Then the file is a PNG, not refused and not SVG text
            Assert.Equal(PngSignature, File.ReadAllBytes(path)[..8]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Build_Range_DrawsBarWithMarkerAtGeometricMidpoint()
    {
        // Given one origin's 10,000–12,000
        var point = ChartSeries.Point("nis", "NIS", 2024, 11, 13, 10_000, 12_000, QuantityQualifier.Range, ReliabilityGrade.B);
        var series = ChartSeries.Series([ChartSeries.Step(point, RevisionDirection.First, null)]);

        // When the plot is built
        using var plot = EstimateChart.Build(series);

        // Then a solid bar runs from 10,000 to 12,000 and the marker sits at √(10,000 × 12,000)
        var bar = Assert.Single(plot.GetPlottables<LinePlot>());
        Assert.Equal((10_000.0, 12_000.0), (bar.Start.Y, bar.End.Y));
        Assert.Equal(LinePattern.Solid, bar.LinePattern);
        var marker = Assert.Single(plot.GetPlottables<Marker>());
        Assert.Equal(Math.Sqrt(10_000.0 * 12_000.0), marker.Y, 6);
        Assert.Equal(MarkerShape.FilledCircle, marker.MarkerShape);
    }

    [Fact]
    public void Build_OpenBounds_DrawDashedBarsToOneAndAHalfTimesWithCarets()
    {
        // Given "more than 10,000" and "up to 12,000"
        var more = ChartSeries.Point("nato", "NATO", 2024, 11, 25, 10_000, null, QuantityQualifier.MoreThan, ReliabilityGrade.B);
        var upTo = ChartSeries.Point("ua", "Ukraine", 2024, 10, 30, null, 12_000, QuantityQualifier.UpTo, ReliabilityGrade.C);
        var series = ChartSeries.Series([ChartSeries.Step(upTo, RevisionDirection.First, null), ChartSeries.Step(more, RevisionDirection.First, null)]);

        // When the plot is built
        using var plot = EstimateChart.Build(series);

        // Then each is a bar of six separate dashes from the bound to 1.5× (or ÷1.5), with a caret pointing the open way
        // and a dot at the bound; no line relies on a dash pattern, which the SVG canvas would drop
        var bars = plot.GetPlottables<LinePlot>().ToList();
        Assert.All(bars, b => Assert.Equal(LinePattern.Solid, b.LinePattern));
        foreach (var (low, high) in new[] { (10_000.0, 15_000.0), (8_000.0, 12_000.0) })
        {
            var dashes = bars.Where(b => b.Start.X == b.End.X).GroupBy(b => b.Start.X)
                .Select(g => g.OrderBy(b => b.Start.Y).ToList())
                .Single(g => Math.Abs(g[0].Start.Y - low) < 1e-6);
            Assert.InRange(dashes[^1].End.Y, high - ((high - low) / 6), high);
            Assert.Equal(6, dashes.Count);
            Assert.Equal(low, dashes[0].Start.Y, 6);
            Assert.All(dashes.Zip(dashes.Skip(1)), pair => Assert.True(pair.First.End.Y < pair.Second.Start.Y, "dashes touch"));
        }

        var markers = plot.GetPlottables<Marker>().Select(m => (m.Y, m.MarkerShape)).ToList();
        Assert.Contains((15_000.0, MarkerShape.FilledTriangleUp), markers);
        Assert.Contains((8_000.0, MarkerShape.FilledTriangleDown), markers);
        Assert.Contains((10_000.0, MarkerShape.FilledCircle), markers);
        Assert.Contains((12_000.0, MarkerShape.FilledCircle), markers);
    }

    [Fact]
    public void Build_ExcludedPoint_IsHollowAndGrey()
    {
        // Given a refuted 5,000 beside a kept 11,000
        var kept = ChartSeries.Point("hur", "HUR", 2024, 11, 5, 11_000, 11_000, QuantityQualifier.Approximate, ReliabilityGrade.C);
        var refuted = ChartSeries.Point("ch", "channel", 2024, 11, 8, 5_000, 5_000, QuantityQualifier.Exact, ReliabilityGrade.F);
        var series = ChartSeries.Series([ChartSeries.Step(kept, RevisionDirection.First, null), ChartSeries.Step(refuted, RevisionDirection.First, null, "refuted")]);

        // When the plot is built
        using var plot = EstimateChart.Build(series);

        // Then the refuted point is an open grey circle and the kept one a filled coloured circle
        var markers = plot.GetPlottables<Marker>().ToDictionary(m => m.Y);
        Assert.Equal(MarkerShape.OpenCircle, markers[5_000].MarkerShape);
        var grey = markers[5_000].MarkerLineColor;
        Assert.True(grey.Red == grey.Green && grey.Green == grey.Blue, $"excluded marker colour {grey} is not grey");
        Assert.Equal(MarkerShape.FilledCircle, markers[11_000].MarkerShape);
        Assert.NotEqual(markers[11_000].MarkerFillColor.Red, markers[11_000].MarkerFillColor.Blue);
        Assert.Contains("refuted", plot.GetPlottables<Text>().Select(t => t.LabelText));
    }

    [Fact]
    public void Build_Revisions_AreLabelledWithTheirDirection()
    {
        // Given the example series, where three figures were revised up
        var series = ChartSeries.Example();

        // When the plot is built
        using var plot = EstimateChart.Build(series);

        // Then exactly those three carry an "↑ up" label
        var labels = plot.GetPlottables<Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(3, labels.Count(l => l == "↑ up"));
        Assert.Equal(series.Points.Count(p => p.Revision == RevisionDirection.Up), labels.Count(l => l == "↑ up"));
    }

    [Fact]
    public void Build_ExampleSeries_ShadesThePooledAssessmentBand()
    {
        // Given the example series and its pooled assessment range
        var series = ChartSeries.Example();
        var pool = series.Pool.Find("north korean troops", "Russia", EstimateStatus.Assessment)!.LinearPool!.Value;

        // When the plot is built
        using var plot = EstimateChart.Build(series);

        // Then a band spans P10–P90, a line marks the median, and the label states all three
        var band = Assert.Single(plot.GetPlottables<VerticalSpan>());
        Assert.Equal((pool.P10, pool.P90), (band.Bottom, band.Top));
        var median = Assert.Single(plot.GetPlottables<HorizontalLine>());
        Assert.Equal(pool.Median, median.Y);
        Assert.Equal(LinePattern.Solid, median.LinePattern);
        Assert.Contains(EstimateChart.PoolLabel(pool), plot.GetPlottables<Text>().Select(t => t.LabelText));
    }

    [Fact]
    public void Build_IncrementBetweenTotals_IsADiamondLeftOutOfTheJoiningLine()
    {
        // Given one origin's 1,500, then "a further 1,500", then 3,000
        var first = ChartSeries.Point("nis", "NIS", 2024, 10, 18, 1_500, 1_500, QuantityQualifier.Exact, ReliabilityGrade.B);
        var more = ChartSeries.Point("nis", "NIS", 2024, 10, 20, 1_500, 1_500, QuantityQualifier.Exact, ReliabilityGrade.B, EstimateStatus.Increment);
        var total = ChartSeries.Point("nis", "NIS", 2024, 10, 23, 3_000, 3_000, QuantityQualifier.Exact, ReliabilityGrade.B);
        var series = ChartSeries.Series([
            ChartSeries.Step(first, RevisionDirection.First, null),
            ChartSeries.Step(more, RevisionDirection.First, null),
            ChartSeries.Step(total, RevisionDirection.Up, first)]);

        // When the plot is built
        using var plot = EstimateChart.Build(series);

        // Then the one joining line runs 1,500 → 3,000 through the totals only, and the increment is a diamond
        var line = Assert.Single(plot.GetPlottables<Scatter>());
        Assert.Equal([1_500.0, 3_000.0], line.Data.GetScatterPoints().Select(c => c.Y));
        Assert.Equal(MarkerShape.FilledDiamond, plot.GetPlottables<Marker>().Single(m => m.X == ChartSeries.X(more)).MarkerShape);
        Assert.Contains(plot.Legend.ManualItems, i => i.LabelText == "increment (not a total)");
    }

    [Fact]
    public void PooledGroup_ObservedCountGroupLarger_PicksTheAssessment()
    {
        // Given two observed counts and one assessment
        var a = ChartSeries.Point("a", "A", 2024, 10, 1, 1_000, 1_000, QuantityQualifier.Exact, ReliabilityGrade.B, EstimateStatus.ObservedCount);
        var b = ChartSeries.Point("b", "B", 2024, 10, 2, 1_200, 1_200, QuantityQualifier.Exact, ReliabilityGrade.B, EstimateStatus.ObservedCount);
        var c = ChartSeries.Point("c", "C", 2024, 10, 3, 9_000, 11_000, QuantityQualifier.Range, ReliabilityGrade.B);
        var series = ChartSeries.Series([.. new[] { a, b, c }.Select(p => ChartSeries.Step(p, RevisionDirection.First, null))]);

        // When the group to shade is chosen
        var group = EstimateChart.PooledGroup(series);

        // Then it is the assessment, though the observed counts are more
        Assert.NotNull(group);
        Assert.Equal(EstimateStatus.Assessment, group.Key.Status);
    }

    [Fact]
    public void PoolLabel_Range_UsesThousandsSeparatorsAndEnDash()
    {
        // Given a pooled range
        var pool = new PooledRange(9_812.4, 11_040.6, 12_501);

        // When it is labelled
        var label = EstimateChart.PoolLabel(pool);

        // Then the figures are rounded with separators
        Assert.Equal("pooled median 11,041 (80%: 9,812–12,501)", label);
    }

    [Fact]
    public void Png_SinglePointWithoutPool_StillDraws()
    {
        // Given one projection (never pooled with assessments, so no band)
        var point = ChartSeries.Point("x", "X", 2024, 10, 1, 100_000, 100_000, QuantityQualifier.UpTo, ReliabilityGrade.F, EstimateStatus.Projection);
        var series = ChartSeries.Series([ChartSeries.Step(point, RevisionDirection.First, null)]);

        // When it is drawn
        var png = EstimateChart.Png(series, 300, 200);

        // Then a PNG comes out and nothing was shaded
        Assert.Equal(PngSignature, png[..8]);
        Assert.Null(EstimateChart.PooledGroup(series));
    }
}
