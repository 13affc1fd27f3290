using Assay.Analysis.Estimates;

namespace Assay.Cli.Charts;

/// <summary>Chooses the chart format from the file name.</summary>
internal static class ChartFiles
{
    /// <summary>True for .svg and .png, in any case.</summary>
    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    /// <summary>Draws the series into the file.</summary>
    public static void Save(SubjectSeries series, string path) => EstimateChart.Save(series, path);
}
