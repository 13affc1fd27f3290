using System.Text.Json;
using Assay.Cli.Tests.Support;
using Assay.Core.Articles;
using Assay.Extraction.Reading;

namespace Assay.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Run_Json_PrintsRawJsonUnwrapped()
    {
        // Given a file whose article has a title far wider than the 120-column console
        var file = Path.GetTempFileName();
        var title = string.Join(' ', Enumerable.Repeat("a very long headline about a convoy", 8));
        var cli = new CliRun { Reader = path => [ReadResult.Ok(path, Article.FromText("Some body text.") with { Title = title })] };

        // When extract --json runs
        var exit = cli.Run("extract", file, "--json");

        // Then stdout is exactly one JSON object, not wrapped or styled by the console
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        Assert.Equal(title, doc.RootElement.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("claims").ValueKind);
    }

    [Fact]
    public void Run_SeveralArticles_PrintsAnArray()
    {
        // Given a JSON Lines file read as two articles
        var file = Path.GetTempFileName();
        var cli = new CliRun { Reader = path => [ReadResult.Ok(path + ":1", Article.FromText("One.")), ReadResult.Ok(path + ":2", Article.FromText("Two."))] };

        // When extract --json runs
        var exit = cli.Run("extract", file, "--json");

        // Then the output is an array of two
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(cli.Out.Output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Run_UnreadableFile_ExitsOneAndWritesTheReasonToStderr()
    {
        // Given a file the reader rejects
        var file = Path.GetTempFileName();
        var cli = new CliRun { Reader = path => [ReadResult.Fail(path, "not valid HTML")] };

        // When extract --json runs
        var exit = cli.Run("extract", file, "--json");

        // Then stdout stays empty and the reason goes to stderr
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, cli.Out.Output);
        Assert.Contains($"{file}: not valid HTML", cli.Err.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_FailsValidation()
    {
        // Given a path that does not exist
        var cli = new CliRun();

        // When extract runs on it
        var exit = cli.Run("extract", "/no/such/file.txt");

        // Then it fails with the path in the message
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/file.txt: not found", cli.Err.Output, StringComparison.Ordinal);
    }
}
