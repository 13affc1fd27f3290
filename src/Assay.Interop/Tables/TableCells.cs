using System.Globalization;
using Assay.Workspace;

namespace Assay.Interop.Tables;

/// <summary>How one cell value is written: rows hold null, strings, numbers, booleans or lists of strings.</summary>
internal static class TableCells
{
    /// <summary>A cell as CSV text: numbers in invariant round-trip form, lists joined with "; ", nothing as empty.</summary>
    public static string Csv(object? value) => value switch
    {
        null => "",
        string s => Guard(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<string> list => Guard(string.Join("; ", list)),
        _ => throw new ArgumentException($"No cell form for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>The claim CSV's guard against cells a spreadsheet would run as formulas.</summary>
    public static string Guard(string value) => ClaimCsv.Guard(value)!;

    /// <summary>Text the claim CSV wrote for a number, as a number; null when empty.</summary>
    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>Empty text as null.</summary>
    public static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
