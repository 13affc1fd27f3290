using System.Text.Json;
using Assay.Cli.Rendering;
using Assay.Cli.Tests.Support;

namespace Assay.Cli.Tests;

public sealed class ExtractionJsonWriterTests
{
    [Fact]
    public void ToJson_OneExtraction_HasExactlyTheContractKeys()
    {
        // Given a hand-built extraction
        var extraction = Samples.Extraction();

        // When it is written
        using var doc = JsonDocument.Parse(ExtractionJsonWriter.ToJson([extraction]));

        // Then every object carries exactly the contract's keys, in order
        var root = doc.RootElement;
        Assert.Equal(["article", "mentions", "quantities", "times", "claims"], Keys(root));
        Assert.Equal(["title", "outlet", "published", "url", "kind"], Keys(root.GetProperty("article")));
        Assert.Equal(["text", "start", "end", "actor"], Keys(root.GetProperty("mentions")[0]));
        Assert.Equal(["text", "start", "end", "low", "high", "qualifier", "counted", "scope"], Keys(root.GetProperty("quantities")[0]));
        Assert.Equal(["text", "start", "end", "value"], Keys(root.GetProperty("times")[0]));
        Assert.Equal(
            ["id", "text", "start", "end", "event", "agent", "theme", "location", "quantity", "time", "source", "source_type", "via", "stance", "certainty", "cues"],
            Keys(root.GetProperty("claims")[0]));
    }

    [Fact]
    public void ToJson_OneExtraction_WritesValuesInContractForm()
    {
        // Given a hand-built extraction
        var extraction = Samples.Extraction();

        // When it is written
        using var doc = JsonDocument.Parse(ExtractionJsonWriter.ToJson([extraction]));

        // Then dates are ISO, enums lower snake case, open bounds null, and claims point at their quantity and time
        var root = doc.RootElement;
        Assert.Equal("2024-10-21", root.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("opinion", root.GetProperty("article").GetProperty("kind").GetString());
        Assert.Equal("north-korea", root.GetProperty("mentions")[1].GetProperty("actor").GetString());
        var more = root.GetProperty("quantities")[1];
        Assert.Equal("more_than", more.GetProperty("qualifier").GetString());
        Assert.Equal(3000, more.GetProperty("low").GetDouble());
        Assert.Equal(JsonValueKind.Null, more.GetProperty("high").ValueKind);
        Assert.Equal(JsonValueKind.Null, more.GetProperty("scope").ValueKind);
        var claim = root.GetProperty("claims")[0];
        Assert.Equal("deploy", claim.GetProperty("event").GetString());
        Assert.Equal("intelligence", claim.GetProperty("source_type").GetString());
        Assert.Equal("reported", claim.GetProperty("stance").GetString());
        Assert.Equal(0, claim.GetProperty("quantity").GetInt32());
        Assert.Equal("2024-10-18", claim.GetProperty("time").GetString());
        Assert.Equal("Harbour News Agency", claim.GetProperty("via")[0].GetString());
        var span = root.GetProperty("quantities")[0];
        Assert.Equal("between 1,500 and 12,000", Samples.Text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void ToJson_SeveralExtractions_WritesAnArray()
    {
        // Given two extractions
        var extraction = Samples.Extraction();

        // When they are written together
        using var doc = JsonDocument.Parse(ExtractionJsonWriter.ToJson([extraction, extraction]));

        // Then the output is an array of two objects
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void ToJson_ClaimWithoutQuantityOrTime_WritesNulls()
    {
        // Given a claim with no quantity and no time
        var extraction = Samples.Extraction();
        extraction = extraction with { Claims = [extraction.Claims[0] with { QuantityIndex = null, TimeIndex = null }] };

        // When it is written
        using var doc = JsonDocument.Parse(ExtractionJsonWriter.ToJson([extraction]));

        // Then both fields are JSON null, not missing
        var claim = doc.RootElement.GetProperty("claims")[0];
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("quantity").ValueKind);
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("time").ValueKind);
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
