namespace Assay.Interop.Tables;

/// <summary>How a table is written.</summary>
public enum TableFormat
{
    /// <summary>RFC 4180 CSV with a header row; text cells that a spreadsheet would read as a formula are guarded.</summary>
    Csv,

    /// <summary>JSON Lines: one object per row, keyed by the column names, numbers and booleans typed, lists as arrays.</summary>
    JsonLines,
}
