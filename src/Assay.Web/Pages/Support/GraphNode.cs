namespace Assay.Web.Pages.Support;

/// <summary>A box in the origins graph, in SVG units.</summary>
/// <param name="Column">0 origin, 1 via, 2 outlet.</param>
/// <param name="Label">The name shown.</param>
/// <param name="Claims">Claims passing through it.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Height">Height, from the claims.</param>
public sealed record GraphNode(int Column, string Label, int Claims, double X, double Y, double Height);
