using System.Text.Json;
using Assay.Cli.Tests.EndToEnd;
using Assay.Cli.Tests.Support;
using Assay.Extraction.Reading;

namespace Assay.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _gold = new();

    public EvalCommandTests()
    {
        // Two stories, one article each, in our own words; the second gold figure has deliberately wrong bounds.
        Write("alpha/one.txt", "Convoy seen\nBy Test Desk\n2024-10-18\n\nSEOUL - About 1,500 troops crossed the border on Monday, officials said.\n");
        Write("alpha/one.txt.gold.json", """
            {"published": "2024-10-18", "outlet": "Test Desk", "quantities": [
              {"text": "About 1,500", "low": 1500, "high": 1500, "counted": "troops", "source": "officials",
               "source_type": "anonymous", "via": [], "stance": "asserted", "event": "deploy", "time": "2024-10-14"}]}
            """);
        Write("beta/two.txt", "Depot struck\nBy Test Desk\n2024-10-20\n\nThe army said 40 drones hit the depot and 12 were shot down.\n");
        Write("beta/two.txt.gold.json", """
            {"published": "2024-10-20", "quantities": [
              {"text": "40", "low": 40, "high": 40, "counted": "drones", "source": "army", "source_type": "military",
               "via": [], "stance": "asserted", "event": "combat", "time": null},
              {"text": "12", "low": 11, "high": 11, "counted": "drones", "source": "army", "source_type": "military",
               "via": [], "stance": "asserted", "event": "combat", "time": null}]}
            """);
    }

    public void Dispose() => _gold.Dispose();

    [Fact]
    public void Run_Json_PrintsFieldsStoriesFindingsAndNoErrors()
    {
        // Given a two-article gold folder read with the real readers
        var cli = new CliRun { Reader = ArticleReader.Default.ReadFile };

        // When eval --json runs
        var exit = cli.Run("eval", _gold.Path, "--json");

        // Then the JSON holds totals, every field, both stories, targets, findings and an empty error list
        using var doc = JsonDocument.Parse(cli.Out.Output);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("articles").GetInt32());
        Assert.Equal(3, root.GetProperty("gold_quantities").GetInt32());
        var fields = root.GetProperty("fields");
        Assert.Equal(
            ["quantity", "counted", "source", "via", "stance", "event", "time"],
            fields.EnumerateObject().Select(f => f.Name));
        foreach (var key in (string[])["precision", "recall", "f1", "tp", "fp", "fn"])
        {
            Assert.Equal(JsonValueKind.Number, fields.GetProperty("quantity").GetProperty(key).ValueKind);
        }

        Assert.Equal(JsonValueKind.Number, root.GetProperty("accuracy").GetProperty("source").GetProperty("value").ValueKind);
        Assert.Equal(["alpha", "beta"], root.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("story").GetString()));
        Assert.Equal(1, root.GetProperty("stories")[1].GetProperty("articles").GetInt32());
        Assert.Equal(5, root.GetProperty("targets").GetArrayLength());
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("text").GetString() == "12");
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.Equal(root.GetProperty("targets_met").GetBoolean() ? 0 : 3, exit);
    }

    [Fact]
    public void Run_MalformedGoldFile_ExitsOneNamingItAndScoresTheRest()
    {
        // Given a third gold file that is not valid JSON
        var bad = Write("beta/three.txt.gold.json", "{\"quantities\": [");
        var cli = new CliRun { Reader = ArticleReader.Default.ReadFile };

        // When eval --json runs
        var exit = cli.Run("eval", _gold.Path, "--json");

        // Then it exits 1, stderr names the file, and the two good articles are still scored
        Assert.Equal(1, exit);
        Assert.Contains(bad, cli.Err.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        Assert.Equal(2, doc.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Run_MissingFolder_ExitsOne()
    {
        // Given a gold folder that does not exist
        var cli = new CliRun();

        // When eval runs on it
        var exit = cli.Run("eval", "/no/such/gold");

        // Then it fails with the folder in the message
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/gold: gold folder not found", cli.Err.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TableWithLimit_ListsAtMostThatManyFindings()
    {
        // Given the gold folder, whose "12" has wrong gold bounds, so there is at least one finding
        var cli = new CliRun { Reader = ArticleReader.Default.ReadFile };

        // When eval runs as a table listing none
        cli.Run("eval", _gold.Path, "--limit", "0");

        // Then the table and accuracy lines are printed, and the findings heading says none of them are listed
        var output = cli.Out.Output;
        Assert.Contains("quantity", output, StringComparison.Ordinal);
        Assert.Contains("source accuracy:", output, StringComparison.Ordinal);
        Assert.Matches(@"\(0 of [1-9]\d*; --all lists every one\)", output);
        Assert.DoesNotContain("beta/two.txt:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_All_ListsTheWrongBoundsWithExpectedAndGot()
    {
        // Given the gold folder, whose "12" is annotated as 11
        var cli = new CliRun { Reader = ArticleReader.Default.ReadFile };

        // When eval runs listing every finding
        cli.Run("eval", _gold.Path, "--all");

        // Then the "12" is listed at its offset with the expected value
        Assert.Matches(@"beta/two\.txt:\d+  (wrong|miss)  ""12""  quantity: expected 11", cli.Out.Output);
    }

    private string Write(string relative, string content)
    {
        var path = _gold.File(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
