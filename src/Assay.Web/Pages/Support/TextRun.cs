namespace Assay.Web.Pages.Support;

/// <summary>A stretch of article text painted one way: plain, a mention, a time, or a quantity (with its index).</summary>
/// <param name="Text">The characters, as written (encoded when rendered).</param>
/// <param name="Kind">"mention", "time", "quantity", or empty for plain text.</param>
/// <param name="Quantity">The quantity's index in the extraction when <paramref name="Kind"/> is "quantity".</param>
/// <param name="Title">A short tooltip: the actor, the time value, the figure.</param>
public sealed record TextRun(string Text, string Kind, int? Quantity, string? Title);
