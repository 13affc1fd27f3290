namespace Assay.Core.Sources;

/// <summary>One level of the Admiralty code: a source-reliability letter or an information-credibility digit.</summary>
/// <param name="Scale">"source-reliability" or "information-credibility", as the MISP taxonomy names them.</param>
/// <param name="Value">The level as the taxonomy writes it: "a"–"g" or "1"–"6".</param>
/// <param name="Name">The level's standard name ("Usually reliable").</param>
/// <param name="NumericValue">The taxonomy's numerical value, 0–100.</param>
/// <param name="Description">What the level means, in Assay's words.</param>
public sealed record AdmiraltyLevel(string Scale, string Value, string Name, int NumericValue, string Description)
{
    /// <summary>The level as analysts write it: "B" or "2".</summary>
    public string Code => Value.ToUpperInvariant();
}
