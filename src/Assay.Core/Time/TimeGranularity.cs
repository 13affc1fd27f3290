namespace Assay.Core.Time;

/// <summary>How precise a resolved time reference is.</summary>
public enum TimeGranularity
{
    /// <summary>A calendar day (2024-10-28).</summary>
    Day,

    /// <summary>A month (2024-06).</summary>
    Month,

    /// <summary>A year (2022).</summary>
    Year,
}
