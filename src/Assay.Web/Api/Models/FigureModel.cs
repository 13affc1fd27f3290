using Assay.Analysis.Story;

namespace Assay.Web.Api.Models;

/// <summary>The figures a proposition's claims agree on: a range, open on a side when its bound is null.</summary>
/// <remarks>
/// <c>text</c>: As a reader would say it ("10,000–12,000").
/// </remarks>
public sealed record FigureModel(double? Low, double? High, string Text)
{
    /// <summary>The model of a figure range; null for none.</summary>
    public static FigureModel? From(FigureRange? range) => range is { } r ? new(r.Low, r.High, r.ToString()) : null;
}
