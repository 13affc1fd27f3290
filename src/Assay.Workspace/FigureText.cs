using System.Globalization;
using Assay.Core.Quantities;

namespace Assay.Workspace;

/// <summary>Figures as every front end shows them: "1,500–12,000", "&gt;1,000", "≤12,000", "~500".</summary>
public static class FigureText
{
    /// <summary>A number with thousands separators and at most two decimals ("12,000"); empty for none.</summary>
    public static string Number(double? value) =>
        value?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Bounds and qualifier as a reader would say them.</summary>
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
}
