using Assay.Extraction.Evaluation;

namespace Assay.Extraction.Tests.Evaluation;

public sealed class GoldFileTests
{
    [Fact]
    public void Parse_WellFormed_ReadsQuantitiesAndIgnoresUnknownFields()
    {
        // Given a gold file with an outlet and an unknown entry field
        const string json = """
            {"published": "2024-10-18", "outlet": "Daily Test", "quantities": [
              {"text": "more than 1,500", "low": 1500, "high": null, "qualifier": "more_than", "counted": "troops",
               "source": "NIS", "source_type": "intelligence", "via": ["lawmakers"], "stance": "asserted",
               "event": "deploy", "time": "2024-W42", "note": "ignored"}]}
            """;

        // When parsed
        var (gold, problem) = GoldFile.Parse(json, "dir/a.md.gold.json", "a.md", ".");

        // Then every scored field is read and the article path drops the suffix
        Assert.Null(problem);
        Assert.NotNull(gold);
        Assert.Equal("dir/a.md", gold.ArticlePath);
        Assert.Equal(new DateOnly(2024, 10, 18), gold.Published);
        var q = Assert.Single(gold.Quantities);
        Assert.Equal(("more than 1,500", 1500d, (double?)null, "2024-W42"), (q.Text, q.Low!.Value, q.High, q.Time));
        Assert.Equal(["lawmakers"], q.Via);
    }

    [Theory]
    [InlineData("{\"quantities\": [", "is not valid JSON")]
    [InlineData("{\"published\": \"2024-10-18\"}", "'quantities' is missing")]
    [InlineData("{\"quantities\": [{\"low\": 3}]}", "quantities[0]: 'text' is missing")]
    [InlineData("{\"quantities\": [{\"text\": \"3\", \"low\": \"three\"}]}", "quantities[0]: 'low' is neither")]
    public void Parse_Malformed_GivesOneProblemNamingTheFile(string json, string reason)
    {
        // Given a malformed gold file
        // When parsed
        var (gold, problem) = GoldFile.Parse(json, "dir/bad.md.gold.json", "bad.md", ".");

        // Then no gold comes back and the message names the file and the fault
        Assert.Null(gold);
        Assert.NotNull(problem);
        Assert.StartsWith("dir/bad.md.gold.json: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }
}
