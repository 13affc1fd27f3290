using System.Text.RegularExpressions;
using Assay.Analysis.Estimates;
using Assay.Workspace.Charts;

namespace Assay.Workspace.Briefing;

/// <summary>The estimate chart made fit to sit inline in a self-contained HTML page: no XML prolog, no namespace URLs,
/// ids made unique per chart, and nothing that could fetch from outside.</summary>
public static partial class BriefingSvg
{
    /// <summary>The chart of <paramref name="series"/> as an inline &lt;svg&gt; element; ids carry <paramref name="prefix"/>.</summary>
    public static string Inline(SubjectSeries series, string prefix)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Clean(EstimateChart.Svg(series, 900, 500), prefix);
    }

    /// <summary>The chart as a standalone SVG file: the same cleaning, with the SVG namespace the file needs to open alone.</summary>
    public static string Standalone(SubjectSeries series)
    {
        var svg = Inline(series, "chart");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + svg[4..];
    }

    /// <summary>Strips what an inline SVG does not need and whatever could reach outside the page.</summary>
    internal static string Clean(string svg, string prefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;

        // HTML5 knows the SVG namespace; the URLs would only look like external references.
        svg = Namespaces().Replace(svg, "");

        // A viewBox lets the page scale the chart to its column; ScottPlot gives only width and height.
        if (!svg.Contains("viewBox", StringComparison.Ordinal) && SvgSize().Match(svg) is { Success: true } size)
        {
            svg = "<svg viewBox=\"0 0 " + size.Groups[1].Value + " " + size.Groups[2].Value + "\"" + svg[4..];
        }

        svg = Ids().Replace(svg, m => $"id=\"{prefix}-{m.Groups[1].Value}\"");
        svg = LocalRefs().Replace(svg, m => $"{m.Groups[1].Value}#{prefix}-{m.Groups[2].Value}");

        // Anything left that names another resource is dropped with its attribute: the chart draws without it.
        svg = External().Replace(svg, "");
        return Scripts().Replace(svg, "");
    }

    [GeneratedRegex(@"\s+xmlns(:[a-zA-Z]+)?=""[^""]*""")]
    private static partial Regex Namespaces();

    [GeneratedRegex(@"^<svg[^>]*?\bwidth=""([0-9.]+)""[^>]*?\bheight=""([0-9.]+)""")]
    private static partial Regex SvgSize();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex Ids();

    [GeneratedRegex(@"(url\(|href="")#([^)""]+)")]
    private static partial Regex LocalRefs();

    [GeneratedRegex(@"\s+(?:xlink:)?href=""(?!#)[^""]*""|\s+src=""[^""]*""|url\((?!#)[^)]*\)|\son[a-zA-Z]+=""[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex External();

    [GeneratedRegex(@"<(script|foreignObject)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Scripts();
}
