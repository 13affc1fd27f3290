using Assay.Cli.Tests.Support;
using Assay.Workspace;

namespace Assay.Cli.Tests;

/// <summary>Text from articles is shown literally in the terminal: square brackets in a title, a sentence, a source or a
/// figure never reach the console as markup, and no view fails on them.</summary>
public sealed class MarkupInTextTests : IDisposable
{
    // Brackets as they turn up in reporting ("[sic]", editors' insertions) and as a hostile page could write them.
    private const string Text =
        "Officials [named] said about 300 engineers [sic] arrived in Kursk last week, according to [red]Reuters[/]. "
        + "The [bold]ministry[/] said Pyongyang had sent 1,500 troops [to Russia] on Oct. 18, 2024.";

    private readonly string _folder = Directory.CreateTempSubdirectory("assay-markup-").FullName;

    [Fact]
    public void Extract_TableView_ShowsSpansAndBracketedTextLiterally()
    {
        // Given an article whose mentions have spans written "[start..end)" and whose text holds brackets
        var file = Path.Combine(_folder, "brackets.txt");
        File.WriteAllText(file, Text);
        var cli = new CliRun();

        // When extract prints its tables (not --json)
        var exit = cli.Run("extract", file);

        // Then it succeeds and prints the spans and the bracketed words as they are
        Assert.True(exit == 0, cli.Err.Output);
        var output = Flat(cli.Out.Output);
        Assert.Contains("Pyongyang", output, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\.\.\d+\)", output);
        Assert.Contains("[sic]", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Err.Output);
    }

    [Theory]
    [InlineData("claims")]
    [InlineData("story")]
    [InlineData("estimates")]
    [InlineData("sources")]
    [InlineData("show", "1")]
    [InlineData("search", "engineers")]
    [InlineData("history")]
    public void StoredViews_BracketedText_PrintWithoutMarkupErrors(params string[] command)
    {
        // Given a real store holding the article, its title bracketed too
        var file = Path.Combine(_folder, "[red]brackets[bold].txt");
        File.WriteAllText(file, Text);
        var db = Path.Combine(_folder, "store.db");
        var cli = new CliRun { OpenStore = StoreFactory.Open };
        Assert.Equal(0, cli.Run("ingest", file, "--db", db));

        // When the view is printed
        var run = new CliRun { OpenStore = StoreFactory.Open };
        var exit = run.Run([.. command, "--db", db]);

        // Then it succeeds and nothing is reported on the error stream
        Assert.True(exit == 0, run.Err.Output);
        Assert.Equal(string.Empty, run.Err.Output);
    }

    [Fact]
    public void Claims_BracketedText_ShowsTheBracketsLiterally()
    {
        // Given a real store holding the article
        var file = Path.Combine(_folder, "brackets.txt");
        File.WriteAllText(file, Text);
        var db = Path.Combine(_folder, "store.db");
        Assert.Equal(0, new CliRun { OpenStore = StoreFactory.Open }.Run("ingest", file, "--db", db));

        // When its claims are listed
        var run = new CliRun { OpenStore = StoreFactory.Open };
        var exit = run.Run("claims", "--db", db);

        // Then the evidence keeps its brackets
        Assert.Equal(0, exit);
        Assert.Contains("[named]", Flat(run.Out.Output), StringComparison.Ordinal);
    }

    // Table cells wrap; the checks read the output as one line.
    private static string Flat(string output) =>
        string.Join(' ', output.Split('\n', StringSplitOptions.TrimEntries)).Replace("│", " ", StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
