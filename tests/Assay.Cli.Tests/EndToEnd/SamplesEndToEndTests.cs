using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assay.Cli.Infrastructure;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

public sealed partial class SamplesEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>
{
    [Fact]
    public void Ingest_Samples_ReadsAndStoresEveryArticleWithoutSkips()
    {
        // Given the repository's samples, several of them JSON Lines files with many articles each
        var expected = SamplesStoreFixture.ExpectedArticles();

        // When they were ingested into an empty store
        var run = samples.Ingest;

        // Then every article was read and stored, none skipped
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal((expected, expected, 0, 0), run.IngestCounts());
        Assert.Empty(run.SkipLines);
        Assert.Equal(string.Empty, run.Err);
        using var store = StoreFactory.Open(samples.Db);
        Assert.Equal(expected, store.Stats().Articles);
    }

    [Fact]
    public void Claims_Json_EveryTextIsTheArticleTextAtItsSpan()
    {
        // Given the ingested samples
        // When claims are listed as JSON
        var run = RealCli.Run("claims", "--json", "--db", samples.Db);

        // Then the output parses, and each claim's text is exactly the stored article text at [start, end)
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var claims = doc.RootElement.EnumerateArray().ToList();
        using var store = StoreFactory.Open(samples.Db);
        Assert.Equal(store.Stats().Claims, claims.Count);
        var texts = new Dictionary<long, string>();
        foreach (var claim in claims)
        {
            var articleId = claim.GetProperty("article_id").GetInt64();
            if (!texts.TryGetValue(articleId, out var text))
            {
                text = store.LoadExtraction(articleId)!.Article.Text;
                texts[articleId] = text;
            }

            var start = claim.GetProperty("start").GetInt32();
            var end = claim.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(text[start..end], claim.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Claims_Csv_HasTheHeaderAndOneRecordPerClaim()
    {
        // Given the ingested samples
        // When claims are listed as CSV
        var run = RealCli.Run("claims", "--csv", "--db", samples.Db);

        // Then the fixed header comes first and every claim is one record, quoted newlines included
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.StartsWith(
            "published,outlet,article_id,claim_id,source,source_type,via,stance,certainty,event,agent,theme,location,quantity_low,quantity_high,qualifier,counted,scope,time,text\r\n",
            run.Out,
            StringComparison.Ordinal);
        using var store = StoreFactory.Open(samples.Db);
        Assert.Equal(store.Stats().Claims + 1, CsvRecords(run.Out));
    }

    [Fact]
    public void Estimates_Troops_ListsRowsWithNumbers()
    {
        // Given the ingested samples, where several sources count troops
        // When the troop estimates are listed
        var run = RealCli.Run("estimates", "troops", "--db", samples.Db);

        // Then a troop series heads dated rows with thousands in them
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains(run.OutLines, l => l.StartsWith("── ", StringComparison.Ordinal) && l.Contains("troops", StringComparison.Ordinal));
        var rows = run.OutLines.Where(l => DateCell().IsMatch(l)).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => Thousands().IsMatch(r));
    }

    [Fact]
    public void Sources_Json_IncludesTheNis()
    {
        // Given the ingested samples, many of them citing South Korea's spy agency
        // When sources are listed as JSON
        var run = RealCli.Run("sources", "--json", "--db", samples.Db);

        // Then the agency is among them, with its claims counted
        Assert.Equal(ExitCodes.Ok, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var nis = doc.RootElement.EnumerateArray()
            .Where(s => s.GetProperty("source").GetString() is { } name
                && (name.Contains("National Intelligence Service", StringComparison.Ordinal) || NisWord().IsMatch(name)))
            .ToList();
        Assert.NotEmpty(nis);
        Assert.All(nis, s => Assert.True(s.GetProperty("claims").GetInt32() > 0));
    }

    [Fact]
    public void Show_FirstArticle_PrintsTitleAndLegend()
    {
        // Given the ingested samples
        using var store = StoreFactory.Open(samples.Db);
        var title = store.FindArticle("1")!.Title!;

        // When article 1 is shown
        var run = RealCli.Run("show", "1", "--db", samples.Db);

        // Then its title and the colour legend are printed
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains(title, run.Out, StringComparison.Ordinal);
        Assert.Contains("actor mention  quantity  time  source / attribution cue", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_SpecialForces_FindsArticlesThatSayIt()
    {
        // Given the ingested samples
        // When the phrase is searched
        var run = RealCli.Run("search", "special forces", "--db", samples.Db);

        // Then at least one row comes back, and each listed article does contain the words
        Assert.Equal(ExitCodes.Ok, run.Exit);
        var ids = run.OutLines
            .Select(l => IdCell().Match(l))
            .Where(m => m.Success)
            .Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(ids);
        using var store = StoreFactory.Open(samples.Db);
        Assert.All(ids, id =>
        {
            var text = store.LoadExtraction(id)!.Article.Text;
            Assert.Contains("special", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("forces", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    // Counts CSV records: a line break ends a record only outside quotes.
    private static int CsvRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && csv[i] == '\n')
            {
                records++;
            }
        }

        return records;
    }

    [GeneratedRegex(@"^│ \d{4}-\d{2}-\d{2} │")]
    private static partial Regex DateCell();

    [GeneratedRegex(@"\b\d{1,3}(,\d{3})+\b")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\bNIS\b")]
    private static partial Regex NisWord();

    [GeneratedRegex(@"^│\s*(\d+) │")]
    private static partial Regex IdCell();
}
