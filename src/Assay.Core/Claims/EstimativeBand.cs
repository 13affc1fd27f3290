namespace Assay.Core.Claims;

/// <summary>One ICD 203 likelihood band: a term an analyst may use and the probabilities it stands for.</summary>
/// <param name="Value">The taxonomy's machine value ("very-likely").</param>
/// <param name="Term">The words to write ("very likely").</param>
/// <param name="LowPercent">Lower edge in percent, inclusive.</param>
/// <param name="HighPercent">Upper edge in percent, exclusive except for the top band.</param>
/// <param name="Description">What the band means, in plain words.</param>
public sealed record EstimativeBand(string Value, string Term, int LowPercent, int HighPercent, string Description)
{
    /// <summary>True when <paramref name="certainty"/> (0..1) falls in this band.</summary>
    public bool Contains(double certainty)
    {
        var percent = certainty * 100;
        return percent >= LowPercent && (percent < HighPercent || (HighPercent == 100 && percent <= 100));
    }
}
