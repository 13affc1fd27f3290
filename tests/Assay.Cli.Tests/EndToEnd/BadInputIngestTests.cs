using System.Text;
using Assay.Cli.Infrastructure;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

public sealed class BadInputIngestTests : IDisposable
{
    private const string GoodTitle = "Engineers reported near the border crossing";

    private readonly TempFolder _temp = new();

    private readonly string _batch;

    private readonly string _db;

    public BadInputIngestTests()
    {
        _batch = _temp.File("batch");
        _db = _temp.File("store.db");
        WriteBatch(_batch);
    }

    [Fact]
    public void Ingest_BadBatch_ExitsTwoAndNamesEveryBadInput()
    {
        // Given a folder where one article and two JSON Lines records are good and everything else is broken
        // When it is ingested
        var run = RealCli.Run("ingest", _batch, "--db", _db);

        // Then the run reports skips, and each bad input (the JSON line by number) is listed exactly once
        Assert.Equal(ExitCodes.Skipped, run.Exit);
        var skips = run.SkipLines;
        string[] bad = ["binary.txt", "broken.json", "empty.txt", "feed.jsonl:2", "huge.txt", "invalid.md", "nav.html"];
        Assert.Equal(bad.Length, skips.Count);
        foreach (var name in bad)
        {
            Assert.Single(skips, l => l.StartsWith(Path.Combine(_batch, name) + ": ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(skips, l => l.Contains("good.md", StringComparison.Ordinal));
        Assert.DoesNotContain(skips, l => l.Contains("feed.jsonl:1", StringComparison.Ordinal) || l.Contains("feed.jsonl:3", StringComparison.Ordinal));
        Assert.Equal((3, 3, 0, bad.Length), run.IngestCounts());
    }

    [Fact]
    public void Ingest_BadBatch_ReasonsNameTheFileOnceAndSayWhy()
    {
        // Given the broken batch
        // When it is ingested
        var run = RealCli.Run("ingest", _batch, "--db", _db);

        // Then no line repeats its location, the big file is refused by size and the bad byte is placed on its line
        foreach (var line in run.SkipLines)
        {
            var location = line[..line.IndexOf(": ", StringComparison.Ordinal)];
            Assert.Equal(1, Occurrences(line, location));
        }

        Assert.Contains(run.SkipLines, l => l.StartsWith(Path.Combine(_batch, "huge.txt"), StringComparison.Ordinal) && l.Contains("over the limit", StringComparison.Ordinal));
        Assert.Contains(run.SkipLines, l => l.StartsWith(Path.Combine(_batch, "invalid.md"), StringComparison.Ordinal) && l.Contains("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_BadBatch_StoresTheGoodArticleAndTheGoodRecords()
    {
        // Given the broken batch
        // When it is ingested
        RealCli.Run("ingest", _batch, "--db", _db);

        // Then exactly the Markdown article and JSON Lines records 1 and 3 are in the store
        using var store = StoreFactory.Open(_db);
        Assert.Equal(3, store.Stats().Articles);
        var titles = store.Articles().Select(a => a.Title).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([GoodTitle, "Ministry reports a move north", "Workers sent in March"], titles);
    }

    [Fact]
    public void Ingest_SameBatchTwice_StoresNothingTwice()
    {
        // Given the broken batch already ingested once
        RealCli.Run("ingest", _batch, "--db", _db);

        // When it is ingested again
        var again = RealCli.Run("ingest", _batch, "--db", _db);

        // Then the three good articles are reported as already stored and the store still holds three
        Assert.Equal(ExitCodes.Skipped, again.Exit);
        Assert.Equal((3, 0, 3, 7), again.IngestCounts());
        using var store = StoreFactory.Open(_db);
        Assert.Equal(3, store.Stats().Articles);
    }

    [Fact]
    public void Ingest_BadBatchIntoUsedStore_KeepsWhatWasThere()
    {
        // Given a store that already holds an article from an earlier run
        var earlier = _temp.File("earlier");
        Directory.CreateDirectory(earlier);
        var earlierText = "A regional governor said on Thursday that about 40 trucks had crossed the river overnight.";
        File.WriteAllText(Path.Combine(earlier, "earlier.txt"), "Trucks cross the river\n\n" + earlierText + "\n");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("ingest", earlier, "--db", _db).Exit);
        string hash;
        using (var before = StoreFactory.Open(_db))
        {
            hash = Assert.Single(before.Articles()).ContentHash;
        }

        // When the broken batch is ingested into it
        var run = RealCli.Run("ingest", _batch, "--db", _db);

        // Then the earlier article and its extraction are still there beside the three new ones
        Assert.Equal(ExitCodes.Skipped, run.Exit);
        using var store = StoreFactory.Open(_db);
        Assert.Equal(4, store.Stats().Articles);
        var kept = store.FindArticle(hash);
        Assert.NotNull(kept);
        var extraction = store.LoadExtraction(kept.Id);
        Assert.NotNull(extraction);
        Assert.Contains(earlierText, extraction.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EmptyFile_NamesTheFileOnceOnStderr()
    {
        // Given an empty file from the batch
        var empty = Path.Combine(_batch, "empty.txt");

        // When it is extracted
        var run = RealCli.Run("extract", empty, "--json");

        // Then it fails with one error line naming the file once, and stdout stays empty
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"error: {empty}: the file is empty", run.Err.Trim());
    }

    public void Dispose() => _temp.Dispose();

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void WriteBatch(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.md"), $"""
            # {GoodTitle}

            Officials in the capital said on Monday that about 300 military engineers had arrived in the border district, according to a ministry statement.

            The ministry did not say how long the engineers would stay.

            """);
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);

        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[0] = 0;
        binary[100] = 0;
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), binary);

        // A lone lead byte 0xC3 followed by '(' is not UTF-8; it sits on line 3.
        byte[] invalid = [.. Encoding.UTF8.GetBytes("# Broken bytes\n\nThe figure was "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" soldiers, officials said.\n")];
        File.WriteAllBytes(Path.Combine(folder, "invalid.md"), invalid);

        // Sparse: 200 MB on paper, nothing on disk, so the test stays instant unless the reader reads it.
        using (var huge = new FileStream(Path.Combine(folder, "huge.txt"), FileMode.CreateNew))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        File.WriteAllText(Path.Combine(folder, "nav.html"), """
            <!DOCTYPE html>
            <html><head><title>Front page</title></head>
            <body><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></body></html>
            """);
        File.WriteAllText(Path.Combine(folder, "feed.jsonl"), """
            {"title": "Ministry reports a move north", "text": "The defence ministry said on Tuesday that about 500 soldiers had moved north of the city."}
            {"title": "not closed", "text": "this line breaks off
            {"title": "Workers sent in March", "text": "Analysts said roughly 2,000 construction workers were sent abroad in March."}

            """);
        File.WriteAllText(Path.Combine(folder, "broken.json"), """{"title": "Half an object", "text": "It never ends""");
    }
}
