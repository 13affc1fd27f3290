using System.Globalization;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Workspace;

namespace Assay.Web.Pages.Support;

/// <summary>How numbers, dates, quantities, certainty and attribution chains read on the pages.</summary>
public static class Display
{
    /// <summary>"2024-10-21", or an empty string.</summary>
    public static string Date(DateOnly? date) => IsoDates.Format(date);

    /// <summary>A number with thousands separators and at most two decimals ("12,000").</summary>
    public static string Number(double? value) => value?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An integer in invariant digits.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The bounds as a reader says them: "1,500–12,000", "&gt;1,000", "~500".</summary>
    public static string Bounds(double? low, double? high, QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.MoreThan => ">" + Number(low),
        QuantityQualifier.AtLeast => "≥" + Number(low),
        QuantityQualifier.UpTo => "≤" + Number(high),
        QuantityQualifier.LessThan => "<" + Number(high),
        QuantityQualifier.Approximate when low == high => "~" + Number(low),
        _ when low is null => "≤" + Number(high),
        _ when high is null => "≥" + Number(low),
        _ when low == high => Number(low),
        _ => Number(low) + "–" + Number(high),
    };

    /// <summary>"10,000 (troops, in Russia)": bounds with what was counted and where; empty for no quantity.</summary>
    public static string Quantity(Quantity? quantity)
    {
        if (quantity is null)
        {
            return string.Empty;
        }

        var bounds = Bounds(quantity.Low, quantity.High, quantity.Qualifier);
        var context = string.Join(", ", new[] { quantity.Counted, quantity.Scope }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return context.Length == 0 ? bounds : $"{bounds} ({context})";
    }

    /// <summary>Certainty in ICD 203 words with the number: "likely 0.70".</summary>
    public static string Certainty(double certainty) =>
        EstimativeLanguage.BandOf(certainty).Term + " " + certainty.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The attribution chain from the source through its intermediaries to the outlet: "NIS → Yonhap → JoongAng".</summary>
    public static string Chain(Claim claim, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var links = new List<string> { claim.Source };
        // Via is stored nearest the outlet first; the chain reads from the source outwards.
        links.AddRange(claim.Via.Reverse());
        if (!string.IsNullOrWhiteSpace(outlet) && !string.Equals(links[^1], outlet, StringComparison.OrdinalIgnoreCase))
        {
            links.Add(outlet);
        }

        return string.Join(" → ", links);
    }

    /// <summary>An enum value as the CLI and the API name it ("special-forces").</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => EnumNames.Of(value);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters on one line, with an ellipsis.</summary>
    public static string Truncate(string? text, int max)
    {
        var oneLine = string.Join(' ', (text ?? string.Empty).Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>A number for an SVG attribute: invariant, one decimal.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
