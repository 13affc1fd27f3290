using System.Text.Json;
using Assay.Core.Claims;
using Assay.Testing;

namespace Assay.Core.Tests;

public sealed class EstimativeConfidenceTests
{
    [SharedDataFact]
    public void Levels_MatchTheOfficialMispTaxonomy()
    {
        // Given the taxonomy's confidence-in-analytic-judgment entries
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("data", "misp-taxonomies", "estimative-language", "machinetag.json")));
        var official = json.RootElement.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("predicate").GetString() == "confidence-in-analytic-judgment")
            .GetProperty("entry").EnumerateArray()
            .Select(e => (Value: e.GetProperty("value").GetString()!, Name: e.GetProperty("expanded").GetString()!,
                Numeric: e.GetProperty("numerical_value").GetInt32(), Description: e.GetProperty("description").GetString()!))
            .ToList();

        // When Assay's own file is read
        var ours = ConfidenceLevels.Levels;

        // Then values, names and numerical values are the taxonomy's, in its order, and no description is copied or echoed
        Assert.Equal(official.Select(o => (o.Value, o.Name, o.Numeric)), ours.Select(l => (l.Value, l.Name, l.NumericValue)));
        Assert.All(ours, l => Assert.DoesNotContain(official, o => o.Description.Contains(l.Description, StringComparison.OrdinalIgnoreCase)
                                                                  || l.Description.Contains(o.Description, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Levels_ThreeInOrder_FoundByValueAndFreeOfLikelihoodTerms()
    {
        // Given the levels Assay ships
        // When they are looked up
        // Then low, moderate and high come in order with rising values, and no description uses a likelihood term
        Assert.Equal(["low", "moderate", "high"], ConfidenceLevels.Levels.Select(l => l.Word));
        Assert.Equal([0, 55, 95], ConfidenceLevels.Levels.Select(l => l.NumericValue));
        Assert.Same(ConfidenceLevels.Moderate, ConfidenceLevels.Find(" Moderate "));
        Assert.Null(ConfidenceLevels.Find("certain"));
        var terms = EstimativeLanguage.Bands.SelectMany(b => b.Forms.Concat(b.Synonyms)).ToList();
        Assert.All(ConfidenceLevels.Levels, l => Assert.DoesNotContain(terms, t =>
            System.Text.RegularExpressions.Regex.IsMatch(l.Description, $@"\b{t}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)));
    }
}
