using System.Text.Json;
using Assay.Core.Claims;
using Assay.Testing;

namespace Assay.Core.Tests;

public sealed class EstimativeLanguageTests
{
    [SharedDataFact]
    public void Bands_MatchTheOfficialMispTaxonomy()
    {
        // Given the official MISP estimative-language taxonomy
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("data", "misp-taxonomies", "estimative-language", "machinetag.json")));
        var official = json.RootElement.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("predicate").GetString() == "likelihood-probability")
            .GetProperty("entry").EnumerateArray()
            .Select(e => (Value: e.GetProperty("value").GetString()!, Low: e.GetProperty("numerical_value").GetInt32()))
            .OrderBy(e => e.Low)
            .ToList();

        // Then Assay's own file has the same values and lower edges, in the same order, and each band ends where the next begins
        Assert.Equal(official.Select(o => o.Value), EstimativeLanguage.Bands.Select(b => b.Value));
        Assert.Equal(official.Select(o => o.Low), EstimativeLanguage.Bands.Select(b => b.LowPercent));
        for (var i = 0; i + 1 < EstimativeLanguage.Bands.Count; i++)
        {
            Assert.Equal(EstimativeLanguage.Bands[i + 1].LowPercent, EstimativeLanguage.Bands[i].HighPercent);
        }
    }

    [Theory]
    [InlineData(0.0, "almost-no-chance")]
    [InlineData(0.05, "very-unlikely")]
    [InlineData(0.3, "unlikely")]
    [InlineData(0.5, "roughly-even-chance")]
    [InlineData(0.7, "likely")]
    [InlineData(0.9, "very-likely")]
    [InlineData(0.95, "almost-certain")]
    [InlineData(1.0, "almost-certain")]
    public void BandOf_Certainty_FallsInItsBand(double certainty, string expected)
    {
        Assert.Equal(expected, EstimativeLanguage.BandOf(certainty).Value);
    }
}
