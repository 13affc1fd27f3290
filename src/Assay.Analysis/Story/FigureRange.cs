using System.Globalization;

namespace Assay.Analysis.Story;

/// <summary>The figures a proposition's claims agree on: the overlap of their ranges.</summary>
/// <param name="Low">Lower bound, or null when every claim is open below.</param>
/// <param name="High">Upper bound, or null when every claim is open above.</param>
public readonly record struct FigureRange(double? Low, double? High)
{
    /// <inheritdoc/>
    public override string ToString() => (Low, High) switch
    {
        ({ } l, { } h) when l == h => Format(l),
        ({ } l, { } h) => Format(l) + "–" + Format(h),
        ({ } l, null) => "≥ " + Format(l),
        (null, { } h) => "≤ " + Format(h),
        _ => "",
    };

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
