namespace Assay.Web.Pages.Support;

/// <summary>A band between two boxes of the origins graph, as thick as the claims it carries.</summary>
public sealed record GraphEdge(string From, string To, int Claims, double X1, double Y1, double X2, double Y2, double Width)
{
    /// <summary>The SVG path: a smooth curve from the right edge of one box to the left edge of the next.</summary>
    public string Path
    {
        get
        {
            var mid = (X1 + X2) / 2;
            return $"M{Display.Svg(X1)},{Display.Svg(Y1)} C{Display.Svg(mid)},{Display.Svg(Y1)} {Display.Svg(mid)},{Display.Svg(Y2)} {Display.Svg(X2)},{Display.Svg(Y2)}";
        }
    }
}
