namespace Assay.Interop.Tables;

/// <summary>One column of an exported table.</summary>
/// <param name="Name">The CSV header and the JSON Lines key (snake_case).</param>
/// <param name="Description">What the column holds, in one line.</param>
public sealed record TableColumn(string Name, string Description);
