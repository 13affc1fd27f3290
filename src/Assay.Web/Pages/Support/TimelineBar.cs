namespace Assay.Web.Pages.Support;

/// <summary>One day's bar in a <see cref="Timeline"/>, in SVG units.</summary>
public sealed record TimelineBar(DateOnly Day, int Count, double X, double Y, double Width, double Height);
