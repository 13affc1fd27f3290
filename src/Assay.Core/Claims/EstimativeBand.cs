namespace Assay.Core.Claims;

/// <summary>One ICD 203 likelihood band: a term an analyst may use and the probabilities it stands for.</summary>
/// <param name="Value">The taxonomy's machine value ("very-likely").</param>
/// <param name="Term">The words to write ("very likely").</param>
/// <param name="LowPercent">Lower edge in percent, inclusive.</param>
/// <param name="HighPercent">Upper edge in percent, exclusive except for the top band.</param>
/// <param name="Description">What the band means, in plain words.</param>
public sealed record EstimativeBand(string Value, string Term, int LowPercent, int HighPercent, string Description)
{
    /// <summary>Lower edge of the range ICD 203 prints beside the term, in percent (1 for the lowest band).</summary>
    public int DisplayLowPercent { get; init; } = LowPercent;

    /// <summary>Upper edge of the range ICD 203 prints beside the term, in percent (99 for the top band).</summary>
    public int DisplayHighPercent { get; init; } = HighPercent;

    /// <summary>The second-row words of the ICD 203 table that mean the same ("highly probable").</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The ways the term itself is written ("almost certain", "almost certainly"); the term alone when not given.</summary>
    public IReadOnlyList<string> Forms { get; init; } = [Term];

    /// <summary>The display range as written in a product: "80–95%".</summary>
    public string Range => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DisplayLowPercent}–{DisplayHighPercent}%");

    /// <summary>The term with its range in brackets, the form readers match best: "very likely [80–95%]".</summary>
    public string Bracketed => $"{Term} [{Range}]";

    /// <summary>A probability (0..1) held inside the display range, so no judgment claims more than the band allows
    /// (0.999 shows as 0.99, 0.002 as 0.01).</summary>
    public double ClampToDisplay(double probability) =>
        Math.Clamp(probability, DisplayLowPercent / 100.0, DisplayHighPercent / 100.0);

    /// <summary>True when <paramref name="certainty"/> (0..1) falls in this band.</summary>
    public bool Contains(double certainty)
    {
        var percent = certainty * 100;
        return percent >= LowPercent && (percent < HighPercent || (HighPercent == 100 && percent <= 100));
    }
}
