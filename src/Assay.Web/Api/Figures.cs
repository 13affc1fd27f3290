using System.Globalization;
using Assay.Core.Quantities;

namespace Assay.Web.Api;

/// <summary>Bounds and qualifier as a reader would say them ("&gt;10,000", "10,000–12,000"), as the CLI shows figures.</summary>
internal static class Figures
{
    /// <summary>The figure in words and signs.</summary>
    public static string Bounds(double? lowBound, double? highBound, QuantityQualifier qualifier)
    {
        var low = Number(lowBound);
        var high = Number(highBound);
        return qualifier switch
        {
            QuantityQualifier.MoreThan => ">" + low,
            QuantityQualifier.AtLeast => "≥" + low,
            QuantityQualifier.UpTo => "≤" + high,
            QuantityQualifier.LessThan => "<" + high,
            QuantityQualifier.Approximate when lowBound == highBound => "~" + low,
            _ when lowBound is null => "≤" + high,
            _ when highBound is null => "≥" + low,
            _ when lowBound == highBound => low,
            _ => low + "–" + high,
        };
    }

    private static string Number(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "";
}
