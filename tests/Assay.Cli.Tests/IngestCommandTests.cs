using Assay.Cli.Tests.Support;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;

namespace Assay.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assay-ingest-").FullName;

    [Fact]
    public void Run_MissingFile_StoresTheRestAndExitsTwo()
    {
        // Given one readable file and one path that does not exist
        var good = Write("one.txt", "Officials said about 200 soldiers crossed the border on Monday.");
        var missing = Path.Combine(_folder, "absent.txt");
        var cli = new CliRun();

        // When both are ingested
        var exit = cli.Run("ingest", good, missing, "--db", Path.Combine(_folder, "x.db"));

        // Then the good one is stored, the summary counts it, the missing one is listed, and the exit code is 2
        Assert.Equal(2, exit);
        Assert.Single(cli.Store.Articles());
        var output = cli.Out.Output;
        Assert.Matches(@"│\s+1\s+│\s+1\s+│\s+0\s+│\s+1\s+│", output);
        Assert.Contains($"{missing}: not found", output, StringComparison.Ordinal);
        Assert.True(cli.Store.Disposed);
    }

    [Fact]
    public void Run_EverythingReadable_ExitsZero()
    {
        // Given a folder with two articles and one file of an unknown kind
        Write("a.txt", "A convoy was seen near the port on Tuesday.");
        Write(Path.Combine("nested", "b.md"), "Analysts doubted the claim of 5,000 shells a day.");
        Write("notes.bin", "not an article");
        var cli = new CliRun();

        // When the folder is ingested
        var exit = cli.Run("ingest", _folder, "--db", Path.Combine(_folder, "x.db"));

        // Then both articles (and only they) are stored, recursively, and nothing is reported skipped
        Assert.Equal(0, exit);
        Assert.Equal(2, cli.Store.Articles().Count);
        Assert.DoesNotContain("skipped:", cli.Out.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FolderWithSavedFeeds_StoresEachItemAndPassesOverOtherXml()
    {
        // Given a folder holding an RSS feed of two items with their text, an Atom feed with one, and a sitemap, all .xml
        Write("world.xml", Assay.Testing.Http.FeedPages.Rss(
            [("g-1", "http://example.org/a", "Depot fire"), ("g-2", "http://example.org/b", "Convoy")],
            "<p>The regional governor said about 40 trucks were seen near the depot on Sunday.</p>"));
        Write(Path.Combine("archive", "wire.xml"), Assay.Testing.Http.FeedPages.Atom(
            [("urn:1", "http://example.org/c", "Drones")], "<p>The air force said 17 drones were shot down overnight.</p>"));
        Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>http://example.org/</loc></url></urlset>");
        var cli = new CliRun { Reader = AssayApp.ReadFile };

        // When the folder is ingested
        var exit = cli.Run("ingest", _folder, "--db", Path.Combine(_folder, "x.db"));

        // Then the three items are read and stored, each with its own title, and the sitemap is neither read nor reported
        Assert.True(exit == 0, cli.Out.Output);
        Assert.Matches(@"│\s+3\s+│\s+3\s+│\s+0\s+│\s+0\s+│", cli.Out.Output);
        var articles = cli.Store.Articles();
        Assert.Equal(["Convoy", "Depot fire", "Drones"], articles.Select(a => a.Title).Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.Equal("Harbour Ledger", a.Outlet));
        Assert.DoesNotContain("sitemap", cli.Out.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameContentTwice_CountsItAsAlreadyStored()
    {
        // Given an article already stored
        var file = Write("a.txt", "The ministry reported 12 drones shot down overnight.");
        var cli = new CliRun();
        cli.Run("ingest", file, "--db", Path.Combine(_folder, "x.db"));

        // When it is ingested again
        var exit = cli.Run("ingest", file, "--db", Path.Combine(_folder, "x.db"));

        // Then it is not stored twice
        Assert.Equal(0, exit);
        Assert.Single(cli.Store.Articles());
        Assert.Matches(@"│\s+1\s+│\s+0\s+│\s+1\s+│\s+0\s+│", cli.Out.Output.Split("ingest")[^1]);
    }

    [Fact]
    public void Run_ExtractionThrowsForOneArticle_ReportsItAndStoresTheOthers()
    {
        // Given a pipeline that fails on articles mentioning "poison"
        var bad = Write("bad.txt", "This poison text breaks the annotator.");
        var good = Write("good.txt", "Nothing odd here at all.");
        var cli = new CliRun { Pipeline = new ExtractionPipelineBuilder().Use(new ThrowingAnnotator("poison")).Build() };

        // When both are ingested
        var exit = cli.Run("ingest", bad, good, "--db", Path.Combine(_folder, "x.db"));

        // Then the failure is one line naming the file, and the other article is stored
        Assert.Equal(2, exit);
        Assert.Single(cli.Store.Articles());
        Assert.Contains($"{bad}: extraction failed: InvalidOperationException: annotator bug", cli.Out.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReaderSkipsARecord_ListsItWithItsLine()
    {
        // Given a reader that yields one article and one bad JSON Lines record
        var file = Write("feed.jsonl", "{}");
        var cli = new CliRun
        {
            Reader = path => [ReadResult.Ok(path + ":1", Article.FromText("Fine text.")), ReadResult.Fail(path + ":2", "invalid JSON")],
        };

        // When the file is ingested
        var exit = cli.Run("ingest", file, "--db", Path.Combine(_folder, "x.db"));

        // Then the bad record is listed as file:line: reason
        Assert.Equal(2, exit);
        Assert.Contains($"{file}:2: invalid JSON", cli.Out.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SharedWithAUrl_RefusedSayingHowToIngestIt()
    {
        // Given a URL among the inputs of a shared ingest
        var file = Write("a.txt", "Some text.");
        var cli = new CliRun();

        // When it is ingested with --shared
        var exit = cli.Run("ingest", file, "https://news.example/a", "--shared", "--db", "postgres://assay@127.0.0.1:1/assay");

        // Then it is refused before any store is opened, naming the URL and what to do instead
        Assert.Equal(1, exit);
        Assert.Contains("https://news.example/a is a URL: ingest URLs without --shared", cli.Err.Output, StringComparison.Ordinal);
        Assert.Empty(cli.Store.Articles());
    }

    [Fact]
    public void Run_StoreCannotBeOpened_ExitsOneWithOneLine()
    {
        // Given a store that cannot be opened
        var file = Write("a.txt", "Some text.");
        var cli = new CliRun { OpenStore = path => throw new IOException("disk is read-only") };

        // When ingesting
        var exit = cli.Run("ingest", file, "--db", "/nowhere/x.db");

        // Then the error is one red line on stderr and the exit code is 1
        Assert.Equal(1, exit);
        Assert.Equal("error: cannot open store /nowhere/x.db: disk is read-only", cli.Err.Output.Trim());
    }

    [Fact]
    public void Run_Glob_MatchesOnlyKnownExtensions()
    {
        // Given files matching a glob, one of an unknown kind
        Write("g1.txt", "First.");
        Write("g2.txt", "Second.");
        Write("g3.csv", "Third.");
        var cli = new CliRun();

        // When a glob is ingested
        var exit = cli.Run("ingest", Path.Combine(_folder, "g*.*"), "--db", Path.Combine(_folder, "x.db"));

        // Then only the two text files are read
        Assert.Equal(0, exit);
        Assert.Equal(2, cli.Store.Articles().Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class ThrowingAnnotator(string trigger) : IAnnotator
    {
        public string Name => "throwing";

        public void Annotate(AnnotatedDocument document)
        {
            if (document.Text.Contains(trigger, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("annotator bug");
            }
        }
    }
}
