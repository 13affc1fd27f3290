using System.Globalization;
using Assay.Core.Quantities;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>How numbers, dates and quantities read in tables and CSV.</summary>
internal static class Formats
{
    /// <summary>"2024-10-21", or an empty string.</summary>
    public static string Date(DateOnly? date) => IsoDates.Format(date);

    /// <summary>A number with thousands separators and at most two decimals ("12,000").</summary>
    public static string Number(double? value) => FigureText.Number(value);

    /// <summary>A number without separators, for CSV ("12000").</summary>
    public static string RawNumber(double? value) =>
        value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The bounds as a reader would say them: "1,500–12,000", "&gt;1,000", "≤12,000", "~500".</summary>
    public static string Bounds(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return Bounds(quantity.Low, quantity.High, quantity.Qualifier);
    }

    /// <summary>Bounds and qualifier as a reader would say them (see <see cref="Bounds(Quantity)"/>).</summary>
    public static string Bounds(double? lowBound, double? highBound, QuantityQualifier qualifier) =>
        FigureText.Bounds(lowBound, highBound, qualifier);

    /// <summary>"1,500–12,000 (troops, in Russia)": bounds with what was counted and where.</summary>
    public static string Quantity(Quantity? quantity)
    {
        if (quantity is null)
        {
            return string.Empty;
        }

        var context = string.Join(", ", new[] { quantity.Counted, quantity.Scope }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return context.Length == 0 ? Bounds(quantity) : $"{Bounds(quantity)} ({context})";
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters with an ellipsis, on one line.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>"Yonhap ← NIS": the source with its intermediaries, nearest the outlet first.</summary>
    public static string SourceWithVia(string source, IReadOnlyList<string> via) =>
        via.Count == 0 ? source : $"{source} (via {string.Join(", ", via)})";
}
