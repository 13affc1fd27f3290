using System.Text.Json;
using Assay.Core.Sources;
using Assay.Testing;

namespace Assay.Core.Tests;

public sealed class AdmiraltyScaleTests
{
    [SharedDataFact]
    public void Levels_MatchTheOfficialMispTaxonomy()
    {
        // Given the official MISP admiralty-scale taxonomy
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("data", "misp-taxonomies", "admiralty-scale", "machinetag.json")));
        var official = json.RootElement.GetProperty("values").EnumerateArray()
            .SelectMany(v => v.GetProperty("entry").EnumerateArray().Select(e => (
                Scale: v.GetProperty("predicate").GetString()!,
                Value: e.GetProperty("value").GetString()!,
                // The taxonomy spells G "Deliberatly"; Assay shows the word spelt right and otherwise keeps its names.
                Name: e.GetProperty("expanded").GetString()!.Replace("Deliberatly", "Deliberately", StringComparison.Ordinal),
                Numeric: e.GetProperty("numerical_value").GetInt32(),
                Description: e.TryGetProperty("description", out var d) ? d.GetString() : null)))
            .ToList();

        // When Assay's own file is read
        var ours = AdmiraltyScale.Reliability.Concat(AdmiraltyScale.Credibility).ToList();

        // Then every scale, value, name (its one misspelling corrected) and numerical value is the taxonomy's, in its order,
        // and no description is copied
        Assert.Equal(official.Select(o => (o.Scale, o.Value, o.Name, o.Numeric)), ours.Select(l => (l.Scale, l.Value, l.Name, l.NumericValue)));
        Assert.All(ours, l => Assert.DoesNotContain(official, o => string.Equals(o.Description, l.Description, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Levels_SevenLettersAndSixDigits_FoundByCodeInAnyCase()
    {
        // Given the scale Assay ships
        // When levels are looked up as analysts write them
        // Then A–G and 1–6 are there in order, found in any case, and anything else is not a level
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], AdmiraltyScale.Reliability.Select(l => l.Code));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], AdmiraltyScale.Credibility.Select(l => l.Code));
        Assert.Equal("Usually reliable", AdmiraltyScale.FindReliability("b")!.Name);
        Assert.Equal("Probably true", AdmiraltyScale.FindCredibility(" 2 ")!.Name);
        Assert.Null(AdmiraltyScale.FindReliability("H"));
        Assert.Null(AdmiraltyScale.FindCredibility("7"));
        Assert.All(AdmiraltyScale.Reliability.Concat(AdmiraltyScale.Credibility), l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
    }
}
