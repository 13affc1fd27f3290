using Assay.Cli.Tests.Support;

namespace Assay.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assay-demo-").FullName;

    [Fact]
    public void Run_ServerDatabase_RefusesWithoutShowingThePassword()
    {
        // Given a samples folder and a PostgreSQL URL with a password
        var samples = Path.Combine(_folder, "samples");
        Directory.CreateDirectory(samples);
        var cli = new CliRun();
        var opened = false;
        cli.OpenStore = _ =>
        {
            opened = true;
            return cli.Store;
        };

        // When the demo is pointed at the server
        var exit = cli.Run("demo", samples, "--db", "postgres://analyst:s3cret@db.example:5432/news");

        // Then it refuses with one line, opens nothing, and never prints the password
        Assert.Equal(1, exit);
        Assert.False(opened);
        Assert.Contains("server", cli.Err.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", cli.Err.Output + cli.Out.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Folder_RecreatesTheDatabaseAndPrintsThePicture()
    {
        // Given a samples folder and a stale demo database
        var samples = Path.Combine(_folder, "samples");
        Directory.CreateDirectory(samples);
        File.WriteAllText(Path.Combine(samples, "one.txt"), "Officials said about 300 engineers arrived last week.");
        var db = Path.Combine(_folder, "demo.db");
        File.WriteAllText(db, "stale");
        string? opened = null;
        var cli = new CliRun();
        cli.OpenStore = path =>
        {
            opened = path;
            Assert.False(File.Exists(path), "the old database must be deleted before the store opens");
            return cli.Store;
        };

        // When the demo runs on it
        var exit = cli.Run("demo", samples, "--db", db);

        // Then the article is stored and every section of the picture is printed
        Assert.Equal(0, exit);
        Assert.Equal(db, opened);
        Assert.Single(cli.Store.Articles());
        var output = cli.Out.Output;
        Assert.Contains("1 articles", output, StringComparison.Ordinal);
        Assert.Contains("claims", output, StringComparison.Ordinal);
        Assert.Contains("estimates", output, StringComparison.Ordinal);
        Assert.Contains("sources", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoSamplesFolder_ExitsOne()
    {
        // Given a path that does not exist
        var cli = new CliRun();

        // When the demo runs on it
        var exit = cli.Run("demo", Path.Combine(_folder, "missing"), "--db", Path.Combine(_folder, "demo.db"));

        // Then the missing folder is reported as skipped
        Assert.Equal(2, exit);
        Assert.Contains("not found", cli.Out.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
