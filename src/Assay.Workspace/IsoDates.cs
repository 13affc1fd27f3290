using System.Globalization;

namespace Assay.Workspace;

/// <summary>Dates as every front end shows them: ISO 8601, "2024-10-18".</summary>
public static class IsoDates
{
    /// <summary>"2024-10-18", or an empty string for no date.</summary>
    public static string Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
