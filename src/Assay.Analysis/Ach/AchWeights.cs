namespace Assay.Analysis.Ach;

/// <summary>Reading, writing and the numeric values of <see cref="AchWeight"/>.</summary>
public static class AchWeights
{
    /// <summary>PARC's weight: High √2, Medium 1, Low 1/√2.</summary>
    public static double Value(this AchWeight weight) => weight switch
    {
        AchWeight.High => Math.Sqrt(2),
        AchWeight.Low => 1 / Math.Sqrt(2),
        _ => 1,
    };

    /// <summary>Reads "high", "medium" or "low" (also "h", "m", "l", "med"), case-insensitive.</summary>
    public static bool TryParse(string? text, out AchWeight weight)
    {
        weight = AchWeight.Medium;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "HIGH" or "H": weight = AchWeight.High; return true;
            case "MEDIUM" or "MED" or "M": weight = AchWeight.Medium; return true;
            case "LOW" or "L": weight = AchWeight.Low; return true;
            default: return false;
        }
    }

    /// <summary>"HIGH", "MEDIUM" or "LOW", as PARC writes them.</summary>
    public static string FormatParc(this AchWeight weight) => weight switch
    {
        AchWeight.High => "HIGH",
        AchWeight.Low => "LOW",
        _ => "MEDIUM",
    };

    /// <summary>"high", "medium" or "low".</summary>
    public static string Format(this AchWeight weight) => weight.FormatParc().ToLowerInvariant();
}
