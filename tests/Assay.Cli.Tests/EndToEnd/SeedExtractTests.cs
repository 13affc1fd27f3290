using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Extraction.Reading;
using Assay.Testing;

namespace Assay.Cli.Tests.EndToEnd;

public sealed class SeedExtractTests
{
    [SharedDataFact]
    public void Extract_SeedAsJson_CarriesTheArticleFacts()
    {
        // Given the founding opinion piece
        // When it is extracted as JSON
        var run = RealCli.Run("extract", SharedData.SeedArticle, "--json");

        // Then its metadata, the 1,500-to-12,000 range and a refuted claim are there
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        var article = root.GetProperty("article");
        Assert.Equal("opinion", article.GetProperty("kind").GetString());
        Assert.Equal("The Moscow Times", article.GetProperty("outlet").GetString());
        Assert.Equal("2024-10-21", article.GetProperty("published").GetString());
        Assert.Contains(root.GetProperty("quantities").EnumerateArray(), q =>
            q.GetProperty("low").ValueKind == JsonValueKind.Number && q.GetProperty("low").GetDouble() == 1500
            && q.GetProperty("high").ValueKind == JsonValueKind.Number && q.GetProperty("high").GetDouble() == 12000);
        Assert.Contains(root.GetProperty("claims").EnumerateArray(), c => c.GetProperty("stance").GetString() == "refuted");
    }

    [SharedDataFact]
    public void Extract_SeedAsJson_EverySpanSlicesTheBodyToItsText()
    {
        // Given the seed's body text as the reader gives it
        var body = Assert.Single(ArticleReader.Default.ReadFile(SharedData.SeedArticle)).Article!.Text;

        // When it is extracted as JSON
        var run = RealCli.Run("extract", SharedData.SeedArticle, "--json");

        // Then every mention, quantity, time and claim points at exactly its own text
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var checkedSpans = 0;
        foreach (var list in new[] { "mentions", "quantities", "times", "claims" })
        {
            var items = doc.RootElement.GetProperty(list).EnumerateArray().ToList();
            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                var start = item.GetProperty("start").GetInt32();
                var end = item.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, body.Length);
                Assert.Equal(body[start..end], item.GetProperty("text").GetString());
                checkedSpans++;
            }
        }

        Assert.True(checkedSpans > 10, $"only {checkedSpans} spans");
    }
}
