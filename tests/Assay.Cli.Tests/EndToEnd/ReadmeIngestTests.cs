using Assay.Cli.Infrastructure;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

public sealed class ReadmeIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Ingest_FolderWithReadme_PassesOverTheReadme()
    {
        // Given a folder holding one article and a README that describes the folder
        var folder = WriteFolder();
        var db = _temp.File("store.db");

        // When the folder is ingested
        var run = RealCli.Run("ingest", folder, "--db", db);

        // Then only the article is read and stored; the README is neither stored nor listed as skipped
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal((1, 1, 0, 0), run.IngestCounts());
        using var store = StoreFactory.Open(db);
        Assert.Equal("Bridge reopens after repairs", Assert.Single(store.Articles()).Title);
    }

    [Fact]
    public void Ingest_ReadmeNamedDirectly_IsRead()
    {
        // Given the same folder
        var folder = WriteFolder();

        // When the README is named on the command line
        var run = RealCli.Run("ingest", Path.Combine(folder, "README.md"), "--db", _temp.File("store.db"));

        // Then it is read like any other file
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal((1, 1, 0, 0), run.IngestCounts());
    }

    public void Dispose() => _temp.Dispose();

    private string WriteFolder()
    {
        var folder = _temp.File("articles");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "README.md"), "# Test folder\n\nThis folder holds one short article written for a test.\n");
        File.WriteAllText(Path.Combine(folder, "bridge.txt"), "Bridge reopens after repairs\n\nThe regional transport office said on Friday that the bridge had reopened to traffic after two months of repairs.\n");
        return folder;
    }
}
