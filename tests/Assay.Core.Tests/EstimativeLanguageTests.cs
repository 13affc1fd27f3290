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

    [SharedDataFact]
    public void DisplayRangesAndSynonyms_MatchTheExpandedTextOfEachEntry()
    {
        // Given each likelihood entry's expanded text ("Very likely - highly probable - 80-95%")
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("data", "misp-taxonomies", "estimative-language", "machinetag.json")));
        var expanded = json.RootElement.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("predicate").GetString() == "likelihood-probability")
            .GetProperty("entry").EnumerateArray()
            .ToDictionary(e => e.GetProperty("value").GetString()!, e => e.GetProperty("expanded").GetString()!);

        foreach (var band in EstimativeLanguage.Bands)
        {
            var parts = expanded[band.Value].Split(" - ");
            var range = parts[2].TrimEnd('%').Split('-').Select(int.Parse).ToArray();

            // Then the display range is the entry's percentages, and the synonyms are its middle words, "(improbably)" included
            Assert.Equal(range[0], band.DisplayLowPercent);
            Assert.Equal(range[1], band.DisplayHighPercent);
            var second = parts[1].Replace("(", ";", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(second, band.Synonyms);

            // And the term's first form is the term, and no description repeats the taxonomy's wording
            Assert.Equal(band.Term, band.Forms[0]);
            Assert.DoesNotContain(expanded.Values, e => string.Equals(e, band.Description, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Range_TopAndBottomBands_NeverClaimCertainty()
    {
        // Given the lowest and highest bands
        var bottom = EstimativeLanguage.Bands[0];
        var top = EstimativeLanguage.Bands[^1];

        // When their ranges are written and probabilities clamped into them
        // Then they read "1–5%" and "95–99%", and 0 and 1 are held at 0.01 and 0.99
        Assert.Equal("1–5%", bottom.Range);
        Assert.Equal("very likely [80–95%]", EstimativeLanguage.Find("very-likely")!.Bracketed);
        Assert.Equal("95–99%", top.Range);
        Assert.Equal(0.01, bottom.ClampToDisplay(0), 10);
        Assert.Equal(0.99, top.ClampToDisplay(1), 10);
        Assert.Equal(0.97, top.ClampToDisplay(0.97), 10);
        Assert.Equal(["almost certain", "almost certainly"], top.Forms);
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
