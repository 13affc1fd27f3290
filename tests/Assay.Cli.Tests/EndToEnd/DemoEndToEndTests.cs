using System.Text.RegularExpressions;
using Assay.Cli.Infrastructure;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

public sealed partial class DemoEndToEndTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Demo_Samples_PrintsEverySectionOfThePicture()
    {
        // Given the repository's samples and a database path in a temp folder
        var db = _temp.File("demo.db");

        // When the demo runs over them
        var run = RealCli.Run("demo", SamplesStoreFixture.Samples, "--db", db);

        // Then it succeeds, prints the section rules, and shows ranges of thousands
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        foreach (var section in new[] { "claims", "estimates", "sources", "briefing" })
        {
            Assert.Contains(run.OutLines, l => l.StartsWith("── " + section, StringComparison.Ordinal));
        }

        Assert.Matches(ThousandsRange(), run.Out);
        Assert.Contains($"{SamplesStoreFixture.ExpectedArticles()} articles", run.Out, StringComparison.Ordinal);
        using var store = StoreFactory.Open(db);
        Assert.Equal(SamplesStoreFixture.ExpectedArticles(), store.Stats().Articles);

        // And the HTML briefing is written beside the store, its path printed, its judgments in ICD 203 terms
        var briefing = _temp.File("demo-briefing.html");
        Assert.Contains(briefing, run.Out.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<section id=\"key-judgments\">", File.ReadAllText(briefing), StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("• It is ", StringComparison.Ordinal) && l.Contains("%] that ", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"\d{1,3}(,\d{3})+–\d{1,3}(,\d{3})+")]
    private static partial Regex ThousandsRange();
}
